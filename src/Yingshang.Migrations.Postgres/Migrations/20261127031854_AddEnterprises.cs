using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uscc = table.Column<string>(type: "character varying(18)", unicode: false, maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(5)", unicode: false, maxLength: 5, nullable: true),
                    IndustrySection = table.Column<string>(type: "character varying(1)", unicode: false, maxLength: 1, nullable: true),
                    Established = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredCapitalFen = table.Column<long>(type: "bigint", nullable: true),
                    Employees = table.Column<int>(type: "integer", nullable: true),
                    InsuredEmployees = table.Column<int>(type: "integer", nullable: true),
                    RevenueFen = table.Column<long>(type: "bigint", nullable: true),
                    TaxPaidFen = table.Column<long>(type: "bigint", nullable: true),
                    TaxCredit = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Size = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Tags = table.Column<string[]>(type: "text[]", nullable: false),
                    Abnormal = table.Column<bool>(type: "boolean", nullable: true),
                    Dishonest = table.Column<bool>(type: "boolean", nullable: true),
                    RiskClass = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
