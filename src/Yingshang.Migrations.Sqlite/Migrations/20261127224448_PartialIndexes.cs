using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PartialIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_outbox_message_LeaseHolder",
                table: "platform_outbox_message");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_EnterpriseUscc_ReceivedAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_MergedIntoId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_RemindedAt_WarnAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_SupervisedAt_NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_UrgedAt_NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_message_LeaseHolder",
                table: "platform_outbox_message",
                column: "LeaseHolder",
                filter: "\"LeaseHolder\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_EnterpriseUscc_ReceivedAt",
                table: "appeals_appeal",
                columns: new[] { "EnterpriseUscc", "ReceivedAt" },
                filter: "\"EnterpriseUscc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "LeadDepartmentId" },
                filter: "\"FirstDispatchedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "RegionId" },
                filter: "\"FirstDispatchedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_MergedIntoId",
                table: "appeals_appeal",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal",
                column: "FirstDispatchedAt",
                filter: "\"FirstDispatchedAt\" IS NOT NULL AND (\"SignedAt\" IS NULL OR \"ContactedAt\" IS NULL OR \"RepliedAt\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_RemindedAt_WarnAt",
                table: "appeals_appeal",
                columns: new[] { "RemindedAt", "WarnAt" },
                filter: "\"WarnAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_SupervisedAt_NextDueAt",
                table: "appeals_appeal",
                columns: new[] { "SupervisedAt", "NextDueAt" },
                filter: "\"NextDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_UrgedAt_NextDueAt",
                table: "appeals_appeal",
                columns: new[] { "UrgedAt", "NextDueAt" },
                filter: "\"NextDueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_outbox_message_LeaseHolder",
                table: "platform_outbox_message");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_EnterpriseUscc_ReceivedAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_MergedIntoId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_RemindedAt_WarnAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_SupervisedAt_NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_UrgedAt_NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_message_LeaseHolder",
                table: "platform_outbox_message",
                column: "LeaseHolder");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_EnterpriseUscc_ReceivedAt",
                table: "appeals_appeal",
                columns: new[] { "EnterpriseUscc", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "LeadDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_MergedIntoId",
                table: "appeals_appeal",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_Pending",
                table: "appeals_appeal",
                column: "FirstDispatchedAt",
                filter: "\"SignedAt\" IS NULL OR \"ContactedAt\" IS NULL OR \"RepliedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_RemindedAt_WarnAt",
                table: "appeals_appeal",
                columns: new[] { "RemindedAt", "WarnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_SupervisedAt_NextDueAt",
                table: "appeals_appeal",
                columns: new[] { "SupervisedAt", "NextDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_UrgedAt_NextDueAt",
                table: "appeals_appeal",
                columns: new[] { "UrgedAt", "NextDueAt" });
        }
    }
}
