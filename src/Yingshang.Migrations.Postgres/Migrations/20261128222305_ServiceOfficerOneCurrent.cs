using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ServiceOfficerOneCurrent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Two first assignments saved at once could leave two current terms: the older ends where the newer starts.
            migrationBuilder.Sql("""
                UPDATE enterprises_service_officer SET "To" = (SELECT MIN(n."From") FROM enterprises_service_officer n
                    WHERE n."Uscc" = enterprises_service_officer."Uscc" AND n."To" IS NULL AND n."Id" > enterprises_service_officer."Id")
                WHERE "To" IS NULL AND EXISTS (SELECT 1 FROM enterprises_service_officer n
                    WHERE n."Uscc" = enterprises_service_officer."Uscc" AND n."To" IS NULL AND n."Id" > enterprises_service_officer."Id");
                """);
            migrationBuilder.CreateIndex(
                name: "IX_enterprises_service_officer_Current",
                table: "enterprises_service_officer",
                column: "Uscc",
                unique: true,
                filter: "\"To\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enterprises_service_officer_Current",
                table: "enterprises_service_officer");
        }
    }
}
