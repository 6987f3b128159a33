using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "Seq",
                table: "platform_audit_log",
                type: "INTEGER",
                nullable: true);

            // Entries chained before sealing was deferred keep their place: their hashes were computed over Id = Seq.
            migrationBuilder.Sql("UPDATE platform_audit_log SET \"Seq\" = \"Id\";");

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
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .OldAnnotation("Sqlite:Autoincrement", true);
        }
    }
}
