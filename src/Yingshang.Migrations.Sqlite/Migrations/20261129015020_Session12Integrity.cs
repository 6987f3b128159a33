using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Session12Integrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NoPayingDepartment",
                table: "policies_match_benefit",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionKey",
                table: "enterprises_visit",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_visit_SubmissionKey",
                table: "enterprises_visit",
                column: "SubmissionKey",
                unique: true,
                filter: "\"SubmissionKey\" IS NOT NULL");

            // Two first assignments saved at once could leave two current terms: each ends where the next one started.
            migrationBuilder.Sql("""
                UPDATE enterprises_service_officer SET "To" = (SELECT MIN(n."From") FROM enterprises_service_officer n
                    WHERE n."Uscc" = enterprises_service_officer."Uscc" AND n."To" IS NULL
                      AND (n."From" > enterprises_service_officer."From" OR (n."From" = enterprises_service_officer."From" AND n."Id" > enterprises_service_officer."Id")))
                WHERE "To" IS NULL AND EXISTS (SELECT 1 FROM enterprises_service_officer n
                    WHERE n."Uscc" = enterprises_service_officer."Uscc" AND n."To" IS NULL
                      AND (n."From" > enterprises_service_officer."From" OR (n."From" = enterprises_service_officer."From" AND n."Id" > enterprises_service_officer."Id")));
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
                name: "IX_enterprises_visit_SubmissionKey",
                table: "enterprises_visit");

            migrationBuilder.DropIndex(
                name: "IX_enterprises_service_officer_Current",
                table: "enterprises_service_officer");

            migrationBuilder.DropColumn(
                name: "NoPayingDepartment",
                table: "policies_match_benefit");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "enterprises_visit");
        }
    }
}
