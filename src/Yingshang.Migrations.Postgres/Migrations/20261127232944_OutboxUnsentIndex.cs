using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OutboxUnsentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_message_Unsent",
                table: "platform_outbox_message",
                column: "Id",
                filter: "\"Status\" = 'Pending' OR \"Status\" = 'Sending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_outbox_message_Unsent",
                table: "platform_outbox_message");
        }
    }
}
