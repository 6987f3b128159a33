using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnterpriseName",
                table: "appeals_appeal",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnterpriseUscc",
                table: "appeals_appeal",
                type: "TEXT",
                unicode: false,
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddUniqueConstraint(
                name: "AK_enterprises_enterprise_Uscc",
                table: "enterprises_enterprise",
                column: "Uscc");

            migrationBuilder.CreateTable(
                name: "enterprises_service_officer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    OfficerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    To = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_service_officer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_service_officer_enterprises_enterprise_Uscc",
                        column: x => x.Uscc,
                        principalTable: "enterprises_enterprise",
                        principalColumn: "Uscc",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_visit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_visit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_visit_enterprises_enterprise_Uscc",
                        column: x => x.Uscc,
                        principalTable: "enterprises_enterprise",
                        principalColumn: "Uscc",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_visit_issue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: true),
                    AppealNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_visit_issue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_visit_issue_enterprises_visit_VisitId",
                        column: x => x.VisitId,
                        principalTable: "enterprises_visit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_EnterpriseUscc_ReceivedAt",
                table: "appeals_appeal",
                columns: new[] { "EnterpriseUscc", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_service_officer_OfficerUserName_To",
                table: "enterprises_service_officer",
                columns: new[] { "OfficerUserName", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_service_officer_Uscc_To",
                table: "enterprises_service_officer",
                columns: new[] { "Uscc", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_visit_OfficerUserName_VisitDate",
                table: "enterprises_visit",
                columns: new[] { "OfficerUserName", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_visit_Uscc_VisitDate",
                table: "enterprises_visit",
                columns: new[] { "Uscc", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_visit_issue_VisitId",
                table: "enterprises_visit_issue",
                column: "VisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprises_service_officer");

            migrationBuilder.DropTable(
                name: "enterprises_visit_issue");

            migrationBuilder.DropTable(
                name: "enterprises_visit");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_enterprises_enterprise_Uscc",
                table: "enterprises_enterprise");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_EnterpriseUscc_ReceivedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "EnterpriseName",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "EnterpriseUscc",
                table: "appeals_appeal");
        }
    }
}
