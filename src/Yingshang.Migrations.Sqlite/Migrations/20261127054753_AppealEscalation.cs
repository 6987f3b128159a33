using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AppealEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "NextDueAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupervisedAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgedAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WarnAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_RemindedAt_WarnAt",
                table: "appeals_appeal",
                columns: new[] { "RemindedAt", "WarnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_SupervisedAt_NextDueAt",
                table: "appeals_appeal",
                columns: new[] { "SupervisedAt", "NextDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_UrgedAt_NextDueAt",
                table: "appeals_appeal",
                columns: new[] { "UrgedAt", "NextDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_RemindedAt_WarnAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_SupervisedAt_NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_UrgedAt_NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "SupervisedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "UrgedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "WarnAt",
                table: "appeals_appeal");
        }
    }
}
