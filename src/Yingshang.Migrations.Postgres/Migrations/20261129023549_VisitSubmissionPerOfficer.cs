using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class VisitSubmissionPerOfficer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enterprises_visit_SubmissionKey",
                table: "enterprises_visit");

            migrationBuilder.AddColumn<string>(
                name: "SubmissionHash",
                table: "enterprises_visit",
                type: "character varying(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_visit_OfficerUserName_SubmissionKey",
                table: "enterprises_visit",
                columns: new[] { "OfficerUserName", "SubmissionKey" },
                unique: true,
                filter: "\"SubmissionKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enterprises_visit_OfficerUserName_SubmissionKey",
                table: "enterprises_visit");

            migrationBuilder.DropColumn(
                name: "SubmissionHash",
                table: "enterprises_visit");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_visit_SubmissionKey",
                table: "enterprises_visit",
                column: "SubmissionKey",
                unique: true,
                filter: "\"SubmissionKey\" IS NOT NULL");
        }
    }
}
