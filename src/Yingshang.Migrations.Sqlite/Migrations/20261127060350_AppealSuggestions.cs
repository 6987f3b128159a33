using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AppealSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeals_dispatch_suggestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuggestedDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfidencePermille = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<bool>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Returned = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_dispatch_suggestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_organisation_department_ChosenDepartmentId",
                        column: x => x.ChosenDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_organisation_department_SuggestedDepartmentId",
                        column: x => x.SuggestedDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_AppealId",
                table: "appeals_dispatch_suggestion",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_ChosenDepartmentId",
                table: "appeals_dispatch_suggestion",
                column: "ChosenDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_DispatchedAt",
                table: "appeals_dispatch_suggestion",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_SuggestedDepartmentId",
                table: "appeals_dispatch_suggestion",
                column: "SuggestedDepartmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals_dispatch_suggestion");
        }
    }
}
