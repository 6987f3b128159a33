using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yingshang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeals_sla_rule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sign = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Close = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appeals_sla_rule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisation_region",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_region", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisation_region_organisation_region_ParentId",
                        column: x => x.ParentId,
                        principalTable: "organisation_region",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_calendar_day",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_calendar_day", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_calendar_year",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_calendar_year", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_counter",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_counter", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox_message",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RelatedType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RelatedId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_platform_outbox_message", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policies_policy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_policy", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_enterprise",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uscc = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 5, nullable: true),
                    IndustrySection = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: true),
                    Established = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredCapitalFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    InsuredEmployees = table.Column<int>(type: "INTEGER", nullable: true),
                    RevenueFen = table.Column<long>(type: "INTEGER", nullable: true),
                    TaxPaidFen = table.Column<long>(type: "INTEGER", nullable: true),
                    TaxCredit = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Size = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Abnormal = table.Column<bool>(type: "INTEGER", nullable: true),
                    Dishonest = table.Column<bool>(type: "INTEGER", nullable: true),
                    RiskClass = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_enterprise", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_enterprise_organisation_region_CountyId",
                        column: x => x.CountyId,
                        principalTable: "organisation_region",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisation_department",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_department", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisation_department_organisation_region_RegionId",
                        column: x => x.RegionId,
                        principalTable: "organisation_region",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policies_benefit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_benefit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policies_benefit_policies_policy_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "policies_policy",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appeals_appeal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdempotencyFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RequesterPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequesterConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeadDepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContactedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContactNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VisitedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VisitResolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    VisitUnreachable = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnedFrom = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    Extension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SignLimit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ContactLimit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CloseLimit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SignDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContactDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CloseDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PausedFrom = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "knowledge_entry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    UseCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_entry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_knowledge_entry_organisation_department_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_users_organisation_department_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "organisation_department",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "policies_rule_version",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BenefitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policies_rule_version", x => x.Id);
                    table.ForeignKey(
                        name: "FK_policies_rule_version_policies_benefit_BenefitId",
                        column: x => x.BenefitId,
                        principalTable: "policies_benefit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appeals_co_department",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    To = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
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

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_CountyId_Size",
                table: "enterprises_enterprise",
                columns: new[] { "CountyId", "Size" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_IndustryCode",
                table: "enterprises_enterprise",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_Name",
                table: "enterprises_enterprise",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_RiskClass",
                table: "enterprises_enterprise",
                column: "RiskClass");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprise_Uscc",
                table: "enterprises_enterprise",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_entry_DepartmentId",
                table: "knowledge_entry",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_entry_Published_ValidUntil",
                table: "knowledge_entry",
                columns: new[] { "Published", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_organisation_department_Code",
                table: "organisation_department",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisation_department_RegionId",
                table: "organisation_department",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_organisation_region_Code",
                table: "organisation_region",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisation_region_ParentId",
                table: "organisation_region",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_At",
                table: "platform_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_EntityType_EntityKey",
                table: "platform_audit_log",
                columns: new[] { "EntityType", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_calendar_day_Date",
                table: "platform_calendar_day",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_calendar_year_Year",
                table: "platform_calendar_year",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_message_CreatedAt",
                table: "platform_outbox_message",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_message_LeaseHolder",
                table: "platform_outbox_message",
                column: "LeaseHolder");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_message_RelatedType_RelatedId",
                table: "platform_outbox_message",
                columns: new[] { "RelatedType", "RelatedId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_message_Status_NextAttemptAt",
                table: "platform_outbox_message",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_DepartmentId",
                table: "platform_users",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policies_benefit_Code",
                table: "policies_benefit",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policies_benefit_PolicyId",
                table: "policies_benefit",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_policies_rule_version_BenefitId_EffectiveFrom",
                table: "policies_rule_version",
                columns: new[] { "BenefitId", "EffectiveFrom" },
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
                name: "enterprises_enterprise");

            migrationBuilder.DropTable(
                name: "knowledge_entry");

            migrationBuilder.DropTable(
                name: "platform_audit_log");

            migrationBuilder.DropTable(
                name: "platform_calendar_day");

            migrationBuilder.DropTable(
                name: "platform_calendar_year");

            migrationBuilder.DropTable(
                name: "platform_counter");

            migrationBuilder.DropTable(
                name: "platform_data_protection_keys");

            migrationBuilder.DropTable(
                name: "platform_outbox_message");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "policies_rule_version");

            migrationBuilder.DropTable(
                name: "appeals_appeal");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "platform_users");

            migrationBuilder.DropTable(
                name: "policies_benefit");

            migrationBuilder.DropTable(
                name: "organisation_department");

            migrationBuilder.DropTable(
                name: "policies_policy");

            migrationBuilder.DropTable(
                name: "organisation_region");
        }
    }
}
