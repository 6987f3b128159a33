using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Session3 : Migration
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
                name: "appeals_dispatch_keyword",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_dispatch_keyword", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_keyword_organisation_department_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appeals_hot_issue_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MinSize = table.Column<int>(type: "INTEGER", nullable: false),
                    MinGrowthHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_hot_issue_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_typical_case",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_typical_case", x => x.Id);
                });

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
                name: "appeals_typical_case_appeal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    TypicalCaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_typical_case_appeal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_typical_case_appeal_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_typical_case_appeal_appeals_typical_case_TypicalCaseId",
                        column: x => x.TypicalCaseId,
                        principalTable: "appeals_typical_case",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_appeals_dispatch_keyword_DepartmentId_Word",
                table: "appeals_dispatch_keyword",
                columns: new[] { "DepartmentId", "Word" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_typical_case_appeal_AppealId",
                table: "appeals_typical_case_appeal",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_typical_case_appeal_TypicalCaseId",
                table: "appeals_typical_case_appeal",
                column: "TypicalCaseId");

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
                name: "appeals_dispatch_keyword");

            migrationBuilder.DropTable(
                name: "appeals_hot_issue_settings");

            migrationBuilder.DropTable(
                name: "appeals_typical_case_appeal");

            migrationBuilder.DropTable(
                name: "enterprises_service_officer");

            migrationBuilder.DropTable(
                name: "enterprises_visit_issue");

            migrationBuilder.DropTable(
                name: "appeals_typical_case");

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
