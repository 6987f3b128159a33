using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Appeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeals_appeal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdempotencyFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequesterPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequesterConfidential = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeadDepartmentId = table.Column<int>(type: "integer", nullable: true),
                    DispatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ContactedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ContactNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VisitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VisitResolved = table.Column<bool>(type: "boolean", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    VisitUnreachable = table.Column<bool>(type: "boolean", nullable: false),
                    ReturnedFrom = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReturnCount = table.Column<int>(type: "integer", nullable: false),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    MergedIntoId = table.Column<int>(type: "integer", nullable: true),
                    Extension = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SignLimit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ContactLimit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CloseLimit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SignDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ContactDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CloseDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PausedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PausedFrom = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_appeal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_appeal_appeals_appeal_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_appeal_organisation_department_LeadDepartmentId",
                        column: x => x.LeadDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_appeal_organisation_region_RegionId",
                        column: x => x.RegionId,
                        principalTable: "organisation_region",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appeals_sla_rule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sign = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Contact = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Close = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_sla_rule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_co_department",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    AppealId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_co_department", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_co_department_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_appeals_co_department_organisation_department_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appeals_event",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Action = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AppealId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_event_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appeals_pause",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppealId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_pause", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_pause_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_IdempotencyKey",
                table: "appeals_appeal",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_LeadDepartmentId_Status",
                table: "appeals_appeal",
                columns: new[] { "LeadDepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_MergedIntoId",
                table: "appeals_appeal",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_Number",
                table: "appeals_appeal",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_ReceivedAt",
                table: "appeals_appeal",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_RegionId",
                table: "appeals_appeal",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_Status_ReceivedAt",
                table: "appeals_appeal",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_TrackingCode",
                table: "appeals_appeal",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_co_department_AppealId",
                table: "appeals_co_department",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_co_department_DepartmentId",
                table: "appeals_co_department",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_event_AppealId",
                table: "appeals_event",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_pause_AppealId",
                table: "appeals_pause",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_sla_rule_Type_Urgency",
                table: "appeals_sla_rule",
                columns: new[] { "Type", "Urgency" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals_co_department");

            migrationBuilder.DropTable(
                name: "appeals_event");

            migrationBuilder.DropTable(
                name: "appeals_pause");

            migrationBuilder.DropTable(
                name: "appeals_sla_rule");

            migrationBuilder.DropTable(
                name: "appeals_appeal");
        }
    }
}
