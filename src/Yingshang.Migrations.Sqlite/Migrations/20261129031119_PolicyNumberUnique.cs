using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PolicyNumberUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A 文号 stored twice by an earlier race (there was no index) is kept on the first policy; the others are marked so
            // that the index can be made and an officer sees which to correct.
            migrationBuilder.Sql("""UPDATE policies_policy SET "Number" = substr("Number", 1, 40) || '（重复' || CAST("Id" AS TEXT) || '）' WHERE "Id" NOT IN (SELECT MIN("Id") FROM policies_policy GROUP BY "Issuer", "Number")""");

            migrationBuilder.CreateIndex(
                name: "IX_policies_policy_Issuer_Number",
                table: "policies_policy",
                columns: new[] { "Issuer", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_policies_policy_Issuer_Number",
                table: "policies_policy");
        }
    }
}
