using Npgsql;
using Shouldly;
using Yingshang.Web.Platform.Jobs;

namespace Yingshang.Tests.Platform;

public sealed class SkipLockedClaimsTests
{
    private const string Claim = """
        UPDATE platform_outbox_message AS p
        SET "LeaseHolder" = $1,
            "LeaseUntil" = $2,
            "Status" = $3
        WHERE (p."LeaseUntil" IS NULL OR p."LeaseUntil" <= $5) AND p."Id" IN (
            SELECT p0."Id"
            FROM platform_outbox_message AS p0
            WHERE (p0."LeaseUntil" IS NULL OR p0."LeaseUntil" <= $5)
            ORDER BY p0."Id"
            LIMIT $6
        )
        """;

    [Fact]
    public void A_claim_picks_its_candidates_once_and_skips_locked_rows()
    {
        var command = new NpgsqlCommand(Claim);

        SkipLockedClaims.Complete(command);

        command.CommandText.ShouldBe("""
            WITH lease_claim AS MATERIALIZED (
            SELECT p0."Id"
                FROM platform_outbox_message AS p0
                WHERE (p0."LeaseUntil" IS NULL OR p0."LeaseUntil" <= $5)
                ORDER BY p0."Id"
                LIMIT $6
            FOR UPDATE SKIP LOCKED)
            UPDATE platform_outbox_message AS p
            SET "LeaseHolder" = $1,
                "LeaseUntil" = $2,
                "Status" = $3
            WHERE (p."LeaseUntil" IS NULL OR p."LeaseUntil" <= $5) AND p."Id" IN (SELECT "Id" FROM lease_claim)
            """);
    }

    [Fact]
    public void Parentheses_in_quoted_names_and_literals_do_not_confuse_it()
    {
        var command = new NpgsqlCommand(Claim.Replace("ORDER BY p0.\"Id\"", "AND p0.\"Note\" <> ')(' ORDER BY p0.\"Id\"", StringComparison.Ordinal));

        SkipLockedClaims.Complete(command);

        command.CommandText.ShouldContain("AND p0.\"Note\" <> ')(' ORDER BY p0.\"Id\"\n    LIMIT $6\nFOR UPDATE SKIP LOCKED)");
        command.CommandText.ShouldEndWith("p.\"Id\" IN (SELECT \"Id\" FROM lease_claim)");
    }

    [Fact]
    public void Other_statements_are_left_as_they_are()
    {
        const string sent = """
            UPDATE platform_outbox_message AS p
            SET "Status" = 'Sent',
                "LeaseHolder" = NULL
            WHERE p."Id" = ANY ($1) AND p."LeaseHolder" = $2
            """;
        var command = new NpgsqlCommand(sent);

        SkipLockedClaims.Complete(command);

        command.CommandText.ShouldBe(sent);
    }

    [Fact]
    public void A_claim_whose_sql_no_longer_ends_in_its_limit_fails_instead_of_waiting_for_locks()
    {
        var command = new NpgsqlCommand(Claim.Replace("LIMIT $6\n)", ")", StringComparison.Ordinal));

        Should.Throw<InvalidOperationException>(() => SkipLockedClaims.Complete(command)).Message.ShouldContain("LIMIT");
    }
}
