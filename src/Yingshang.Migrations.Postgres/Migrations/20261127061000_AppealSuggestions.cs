using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppealId = table.Column<int>(type: "integer", nullable: false),
                    SuggestedDepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ConfidencePermille = table.Column<int>(type: "integer", nullable: false),
                    ChosenDepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Taken = table.Column<bool>(type: "boolean", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Returned = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_appeals_dispatch_suggestion_organisation_department_ChosenD~",
                        column: x => x.ChosenDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_organisation_department_Suggest~",
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
