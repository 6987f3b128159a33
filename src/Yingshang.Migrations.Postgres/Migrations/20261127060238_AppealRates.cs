using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AppealRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "appeals_event",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstDispatchedAt",
                table: "appeals_appeal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appeals_rate_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResponseWeight = table.Column<int>(type: "integer", nullable: false),
                    ResolutionWeight = table.Column<int>(type: "integer", nullable: false),
                    SatisfactionWeight = table.Column<int>(type: "integer", nullable: false),
                    BasicSatisfiedWeight = table.Column<int>(type: "integer", nullable: false),
                    MinDispatched = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_settings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_event_Action_At",
                table: "appeals_event",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "LeadDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "RegionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals_rate_settings");

            migrationBuilder.DropIndex(
                name: "IX_appeals_event_Action_At",
                table: "appeals_event");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "appeals_event");

            migrationBuilder.DropColumn(
                name: "FirstDispatchedAt",
                table: "appeals_appeal");
        }
    }
}
