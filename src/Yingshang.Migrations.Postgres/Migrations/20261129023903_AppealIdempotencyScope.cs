using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AppealIdempotencyScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_IdempotencyKey",
                table: "appeals_appeal");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyScope",
                table: "appeals_appeal",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_IdempotencyKey_IdempotencyScope",
                table: "appeals_appeal",
                columns: new[] { "IdempotencyKey", "IdempotencyScope" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_IdempotencyKey_IdempotencyScope",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "IdempotencyScope",
                table: "appeals_appeal");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_IdempotencyKey",
                table: "appeals_appeal",
                column: "IdempotencyKey",
                unique: true);
        }
    }
}
