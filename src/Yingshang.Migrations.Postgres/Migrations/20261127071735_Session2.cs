using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Session2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "policies_policy",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "appeals_event",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstDispatchedAt",
                table: "appeals_appeal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextDueAt",
                table: "appeals_appeal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAt",
                table: "appeals_appeal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupervisedAt",
                table: "appeals_appeal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgedAt",
                table: "appeals_appeal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WarnAt",
                table: "appeals_appeal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appeals_dispatch_suggestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppealId = table.Column<int>(type: "integer", nullable: false),
                    SuggestedDepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ConfidencePermille = table.Column<int>(type: "integer", nullable: false),
                    ChosenDepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Taken = table.Column<bool>(type: "boolean", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Returned = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_dispatch_suggestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_organisation_department_ChosenD~",
                        column: x => x.ChosenDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_organisation_department_Suggest~",
                        column: x => x.SuggestedDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appeals_open311_key",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_open311_key", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_rate_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResponseWeight = table.Column<int>(type: "integer", nullable: false),
                    ResolutionWeight = table.Column<int>(type: "integer", nullable: false),
                    SatisfactionWeight = table.Column<int>(type: "integer", nullable: false),
                    BasicSatisfiedWeight = table.Column<int>(type: "integer", nullable: false),
                    MinDispatched = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_rating_invitation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppealId = table.Column<int>(type: "integer", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VoidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rating_invitation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_rating_invitation_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policies_grant",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    BenefitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BenefitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    County = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AccountName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AccountNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MissingFields = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Supplement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_grant", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policies_match_run",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Processed = table.Column<int>(type: "integer", nullable: false),
                    Cursor = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    RegisterHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GrantsCreated = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LeaseHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_match_run", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_open311_submission",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppealId = table.Column<int>(type: "integer", nullable: false),
                    ApiKeyId = table.Column<int>(type: "integer", nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    AddressId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    DeviceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AccountId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MediaUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_open311_submission", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_open311_submission_appeals_appeal_AppealId",
                        column: x => x.AppealId,
                        principalTable: "appeals_appeal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_open311_submission_appeals_open311_key_ApiKeyId",
                        column: x => x.ApiKeyId,
                        principalTable: "appeals_open311_key",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appeals_rating_token",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InvitationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rating_token", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appeals_rating_token_appeals_rating_invitation_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "appeals_rating_invitation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policies_grant_step",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GrantId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_grant_step", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policies_grant_step_policies_grant_GrantId",
                        column: x => x.GrantId,
                        principalTable: "policies_grant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policies_payment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GrantId = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    VoucherNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_payment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policies_payment_policies_grant_GrantId",
                        column: x => x.GrantId,
                        principalTable: "policies_grant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policies_match_benefit",
                columns: table => new
                {
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    BenefitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BenefitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    RuleVersionId = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<int>(type: "integer", nullable: false),
                    Ineligible = table.Column<int>(type: "integer", nullable: false),
                    Undetermined = table.Column<int>(type: "integer", nullable: false),
                    EligibleAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_match_benefit", x => new { x.RunId, x.BenefitCode });
                    table.ForeignKey(
                        name: "FK_policies_match_benefit_policies_match_run_RunId",
                        column: x => x.RunId,
                        principalTable: "policies_match_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policies_match_enterprise",
                columns: table => new
                {
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    County = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_match_enterprise", x => new { x.RunId, x.Uscc });
                    table.ForeignKey(
                        name: "FK_policies_match_enterprise_policies_match_run_RunId",
                        column: x => x.RunId,
                        principalTable: "policies_match_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policies_match_result",
                columns: table => new
                {
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    BenefitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_match_result", x => new { x.RunId, x.BenefitCode, x.Uscc });
                    table.ForeignKey(
                        name: "FK_policies_match_result_policies_match_run_RunId",
                        column: x => x.RunId,
                        principalTable: "policies_match_run",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_event_Action_At",
                table: "appeals_event",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "LeadDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
                table: "appeals_appeal",
                columns: new[] { "FirstDispatchedAt", "RegionId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_AppealId",
                table: "appeals_dispatch_suggestion",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_ChosenDepartmentId",
                table: "appeals_dispatch_suggestion",
                column: "ChosenDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_DispatchedAt",
                table: "appeals_dispatch_suggestion",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_dispatch_suggestion_SuggestedDepartmentId",
                table: "appeals_dispatch_suggestion",
                column: "SuggestedDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_open311_key_KeyHash",
                table: "appeals_open311_key",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_open311_submission_ApiKeyId",
                table: "appeals_open311_submission",
                column: "ApiKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_open311_submission_AppealId",
                table: "appeals_open311_submission",
                column: "AppealId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_open311_submission_ServiceCode",
                table: "appeals_open311_submission",
                column: "ServiceCode");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_rating_invitation_AppealId",
                table: "appeals_rating_invitation",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_appeals_rating_token_Hash",
                table: "appeals_rating_token",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appeals_rating_token_InvitationId",
                table: "appeals_rating_token",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_policies_grant_BenefitCode_Uscc_PeriodFrom",
                table: "policies_grant",
                columns: new[] { "BenefitCode", "Uscc", "PeriodFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policies_grant_DepartmentId_Status",
                table: "policies_grant",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_policies_grant_Uscc_Status",
                table: "policies_grant",
                columns: new[] { "Uscc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_policies_grant_step_GrantId",
                table: "policies_grant_step",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_policies_match_run_Status",
                table: "policies_match_run",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_policies_payment_GrantId",
                table: "policies_payment",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_policies_payment_VoucherNumber",
                table: "policies_payment",
                column: "VoucherNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals_dispatch_suggestion");

            migrationBuilder.DropTable(
                name: "appeals_open311_submission");

            migrationBuilder.DropTable(
                name: "appeals_rate_settings");

            migrationBuilder.DropTable(
                name: "appeals_rating_token");

            migrationBuilder.DropTable(
                name: "policies_grant_step");

            migrationBuilder.DropTable(
                name: "policies_match_benefit");

            migrationBuilder.DropTable(
                name: "policies_match_enterprise");

            migrationBuilder.DropTable(
                name: "policies_match_result");

            migrationBuilder.DropTable(
                name: "policies_payment");

            migrationBuilder.DropTable(
                name: "appeals_open311_key");

            migrationBuilder.DropTable(
                name: "appeals_rating_invitation");

            migrationBuilder.DropTable(
                name: "policies_match_run");

            migrationBuilder.DropTable(
                name: "policies_grant");

            migrationBuilder.DropIndex(
                name: "IX_appeals_event_Action_At",
                table: "appeals_event");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_LeadDepartmentId",
                table: "appeals_appeal");

            migrationBuilder.DropIndex(
                name: "IX_appeals_appeal_FirstDispatchedAt_RegionId",
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

            migrationBuilder.DropColumn(
                name: "Status",
                table: "policies_policy");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "appeals_event");

            migrationBuilder.DropColumn(
                name: "FirstDispatchedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "NextDueAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "SupervisedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "UrgedAt",
                table: "appeals_appeal");

            migrationBuilder.DropColumn(
                name: "WarnAt",
                table: "appeals_appeal");
        }
    }
}
