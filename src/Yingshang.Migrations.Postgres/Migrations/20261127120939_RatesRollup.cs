using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Dispatched = table.Column<int>(type: "integer", nullable: false),
                    SignedCount = table.Column<int>(type: "integer", nullable: false),
                    SignedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Contacted = table.Column<int>(type: "integer", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Replied = table.Column<int>(type: "integer", nullable: false),
                    ClosedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Visited = table.Column<int>(type: "integer", nullable: false),
                    Resolved = table.Column<int>(type: "integer", nullable: false),
                    Rated = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    BasicSatisfied = table.Column<int>(type: "integer", nullable: false),
                    RepliedOrReopened = table.Column<int>(type: "integer", nullable: false),
                    Reopened = table.Column<int>(type: "integer", nullable: false),
                    Assignments = table.Column<int>(type: "integer", nullable: false),
                    Returns = table.Column<int>(type: "integer", nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Answered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_delta", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_rate_rollup",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Dispatched = table.Column<int>(type: "integer", nullable: false),
                    SignedCount = table.Column<int>(type: "integer", nullable: false),
                    SignedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Contacted = table.Column<int>(type: "integer", nullable: false),
                    ContactedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Replied = table.Column<int>(type: "integer", nullable: false),
                    ClosedOnTime = table.Column<int>(type: "integer", nullable: false),
                    Visited = table.Column<int>(type: "integer", nullable: false),
                    Resolved = table.Column<int>(type: "integer", nullable: false),
                    Rated = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    BasicSatisfied = table.Column<int>(type: "integer", nullable: false),
                    RepliedOrReopened = table.Column<int>(type: "integer", nullable: false),
                    Reopened = table.Column<int>(type: "integer", nullable: false),
                    Assignments = table.Column<int>(type: "integer", nullable: false),
                    Returns = table.Column<int>(type: "integer", nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Answered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_rollup", x => new { x.Month, x.DepartmentId, x.RegionId });
                });

            migrationBuilder.CreateTable(
                name: "appeals_rate_rollup_marker",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RebuiltAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
