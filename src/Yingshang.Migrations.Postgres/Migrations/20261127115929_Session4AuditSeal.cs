using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Session4AuditSeal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "platform_audit_log",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "Seq",
                table: "platform_audit_log",
                type: "bigint",
                nullable: true);

            // Entries chained before sealing was deferred keep their place: their hashes were computed over Id = Seq.
            migrationBuilder.Sql("UPDATE platform_audit_log SET \"Seq\" = \"Id\";");
            // The new identity must continue after the ids the application used to assign itself.
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('platform_audit_log', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM platform_audit_log), 0) + 1, false);");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_Seq",
                table: "platform_audit_log",
                column: "Seq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_unsealed",
                table: "platform_audit_log",
                column: "Id",
                filter: "\"Seq\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_audit_log_Seq",
                table: "platform_audit_log");

            migrationBuilder.DropIndex(
                name: "IX_platform_audit_log_unsealed",
                table: "platform_audit_log");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "platform_audit_log");

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "platform_audit_log",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }
}
