using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RatesRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeals_rate_delta",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dispatched = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Contacted = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Replied = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Visited = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Rated = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicSatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    RepliedOrReopened = table.Column<int>(type: "INTEGER", nullable: false),
                    Reopened = table.Column<int>(type: "INTEGER", nullable: false),
                    Assignments = table.Column<int>(type: "INTEGER", nullable: false),
                    Returns = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_delta", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_rate_rollup",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dispatched = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Contacted = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Replied = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Visited = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Rated = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicSatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    RepliedOrReopened = table.Column<int>(type: "INTEGER", nullable: false),
                    Reopened = table.Column<int>(type: "INTEGER", nullable: false),
                    Assignments = table.Column<int>(type: "INTEGER", nullable: false),
                    Returns = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_rollup", x => new { x.Month, x.DepartmentId, x.RegionId });
                });

            migrationBuilder.CreateTable(
                name: "appeals_rate_rollup_marker",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RebuiltAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_rollup_marker", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal",
                column: "FirstDispatchedAt",
                filter: "\"SignedAt\" IS NULL OR \"ContactedAt\" IS NULL OR \"RepliedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_rate_delta_Month",
                table: "appeals_rate_delta",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals_rate_delta");

            migrationBuilder.DropTable(
                name: "appeals_rate_rollup");

            migrationBuilder.DropTable(
                name: "appeals_rate_rollup_marker");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal");
        }
    }
}
