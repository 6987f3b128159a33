using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IntakeOneBatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal");

            migrationBuilder.CreateSequence(
                name: "appeals_appeal_hilo",
                incrementBy: 100);

            migrationBuilder.CreateSequence(
                name: "appeals_co_department_hilo",
                incrementBy: 100);

            migrationBuilder.CreateSequence(
                name: "appeals_event_hilo",
                incrementBy: 100);

            migrationBuilder.CreateSequence(
                name: "appeals_pause_hilo",
                incrementBy: 100);

            migrationBuilder.CreateSequence(
                name: "platform_outbox_message_hilo",
                incrementBy: 100);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "platform_outbox_message",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_pause",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_event",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_co_department",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_appeal",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal",
                column: "FirstDispatchedAt",
                filter: "\"SignedAt\" IS NULL OR \"ContactedAt\" IS NULL OR \"RepliedAt\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "LeadDepartmentId", "RegionId", "Status", "SignedAt", "ContactedAt", "RepliedAt", "SignDueAt", "ContactDueAt", "CloseDueAt", "PausedAt" });

            // The keys now come from the sequences (hi/lo): start each one after the rows already there.
            foreach (var (sequence, table) in new[]
                     {
                         ("appeals_appeal_hilo", "appeals_appeal"), ("appeals_event_hilo", "appeals_event"),
                         ("appeals_co_department_hilo", "appeals_co_department"), ("appeals_pause_hilo", "appeals_pause"),
                         ("platform_outbox_message_hilo", "platform_outbox_message"),
                     })
                migrationBuilder.Sql($"SELECT setval('{sequence}', COALESCE((SELECT MAX(\"Id\") FROM {table}), 0) + 1, false);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal");

            migrationBuilder.DropSequence(
                name: "appeals_appeal_hilo");

            migrationBuilder.DropSequence(
                name: "appeals_co_department_hilo");

            migrationBuilder.DropSequence(
                name: "appeals_event_hilo");

            migrationBuilder.DropSequence(
                name: "appeals_pause_hilo");

            migrationBuilder.DropSequence(
                name: "platform_outbox_message_hilo");

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "platform_outbox_message",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_pause",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_event",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_co_department",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "appeals_appeal",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal",
                column: "FirstDispatchedAt",
                filter: "\"SignedAt\" IS NULL OR \"ContactedAt\" IS NULL OR \"RepliedAt\" IS NULL");
        }
    }
}
