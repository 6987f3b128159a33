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

            // Keys the public sent were stored as "public-<key>"; they now live in the scope "public" without the prefix,
            // so a retry that spans the upgrade still finds its appeal. API keys stay in scope "" (their caller is not stored).
            migrationBuilder.Sql("""UPDATE appeals_appeal SET "IdempotencyScope" = 'public', "IdempotencyKey" = substr("IdempotencyKey", 8) WHERE "IdempotencyKey" LIKE 'public-%'""");
            // A pending extension now lapses at the reply; requests left pending on appeals replied, closed or merged since
            // could never be decided (a paused appeal's can, after it resumes).
            migrationBuilder.Sql("""UPDATE appeals_appeal SET "Extension" = 'None', "ExtensionDays" = 0 WHERE "Extension" = 'Pending' AND "Status" NOT IN ('Signed', 'Contacted', 'Paused')""");

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
