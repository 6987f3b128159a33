using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yingshang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PolicyFlow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "policies_match_run");

            migrationBuilder.DropTable(
                name: "policies_grant");
        }
    }
}
