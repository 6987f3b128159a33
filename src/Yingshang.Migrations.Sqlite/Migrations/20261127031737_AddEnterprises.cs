using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddEnterprises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprises_enterprise",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 5, nullable: true),
                    IndustrySection = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: true),
                    Established = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredCapitalFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    InsuredEmployees = table.Column<int>(type: "INTEGER", nullable: true),
                    RevenueFen = table.Column<long>(type: "INTEGER", nullable: true),
                    TaxPaidFen = table.Column<long>(type: "INTEGER", nullable: true),
                    TaxCredit = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Size = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Abnormal = table.Column<bool>(type: "INTEGER", nullable: true),
                    Dishonest = table.Column<bool>(type: "INTEGER", nullable: true),
                    RiskClass = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_enterprise", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_enterprise_organisation_region_CountyId",
                        column: x => x.CountyId,
                        principalTable: "organisation_region",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_CountyId_Size",
                table: "enterprises_enterprise",
                columns: new[] { "CountyId", "Size" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_IndustryCode",
                table: "enterprises_enterprise",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_Name",
                table: "enterprises_enterprise",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_RiskClass",
                table: "enterprises_enterprise",
                column: "RiskClass");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_Uscc",
                table: "enterprises_enterprise",
                column: "Uscc",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprises_enterprise");
        }
    }
}
