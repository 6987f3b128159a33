using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "appeals_event",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstDispatchedAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextDueAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupervisedAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgedAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WarnAt",
                table: "appeals_appeal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appeals_dispatch_suggestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuggestedDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfidencePermille = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<bool>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Returned = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                        name: "FK_appeals_dispatch_suggestion_organisation_department_ChosenDepartmentId",
                        column: x => x.ChosenDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appeals_dispatch_suggestion_organisation_department_SuggestedDepartmentId",
                        column: x => x.SuggestedDepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appeals_open311_key",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Client = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_open311_key", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_rate_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    SatisfactionWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicSatisfiedWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    MinDispatched = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_rate_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_rating_invitation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    BenefitCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BenefitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MissingFields = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Supplement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_grant", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policies_match_run",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    Cursor = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    RegisterHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GrantsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LeaseHolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_match_run", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "appeals_open311_submission",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApiKeyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    AddressId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    DeviceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MediaUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    VoucherNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    BenefitCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BenefitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<int>(type: "INTEGER", nullable: false),
                    Ineligible = table.Column<int>(type: "INTEGER", nullable: false),
                    Undetermined = table.Column<int>(type: "INTEGER", nullable: false),
                    EligibleAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
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
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
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
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    BenefitCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
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
