using System.Diagnostics;
using Npgsql;

namespace Yingshang.AppealsBench;

/// <summary>
/// Fills the app's own schema (created by its migrations) with a year of appeals in SQL — INSERT … SELECT over
/// generate_series, in batches, secondary indexes dropped during the load and rebuilt after. Only the events the rates
/// read (Dispatch, Reassign, ApproveReturn) are generated; the other history rows do not take part in the rates query.
/// </summary>
internal static class RatesData
{
    /// <summary>Beijing 2025-07-01 00:00: the data is the year 2025-07 … 2026-06.</summary>
    public static readonly DateTime Start = new(2025, 6, 30, 16, 0, 0, DateTimeKind.Utc);

    private const string StartSql = "2025-06-30 16:00:00+00";

    private const int Batch = 500_000;

    /// <summary>Returns whether it generated the data (so the app must rebuild its rates roll-up).</summary>
    public static async Task<bool> EnsureAsync(NpgsqlDataSource data, long appeals, bool regenerate)
    {
        var existing = (long)(await Scalar(data, "SELECT count(*) FROM appeals_appeal"))!;
        if (existing == appeals && !regenerate)
        {
            Console.WriteLine($"rates data: {existing:N0} appeals already there (--regenerate to rebuild)");
            return false;
        }
        var clock = Stopwatch.StartNew();
        await using var connection = await data.OpenConnectionAsync();
        await Execute(connection, "SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '512MB'");
        // One transaction: a load that fails half-way leaves the table as it was, indexes included.
        await using var transaction = await connection.BeginTransactionAsync();
        await Execute(connection, "TRUNCATE appeals_appeal CASCADE");
        var indexes = new List<(string Name, string Definition)>();
        await using (var list = new NpgsqlCommand("""
            SELECT indexname, indexdef FROM pg_indexes
            WHERE tablename IN ('appeals_appeal', 'appeals_event') AND indexname NOT LIKE 'PK\_%'
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, _) in indexes) await Execute(connection, $"DROP INDEX \"{name}\"");

        for (long lo = 1; lo <= appeals; lo += Batch)
        {
            var hi = Math.Min(appeals, lo + Batch - 1);
            await Execute(connection, AppealsSql(lo, hi, appeals));
            await Execute(connection, EventsSql(lo, hi));
            Console.WriteLine($"rates data: {hi:N0} / {appeals:N0} appeals, {clock.Elapsed.TotalSeconds:F0} s");
        }
        foreach (var (_, definition) in indexes) await Execute(connection, definition);
        await Execute(connection, """
            SELECT setval('appeals_appeal_hilo', (SELECT max("Id") FROM appeals_appeal) + 1, false);
            SELECT setval('appeals_event_hilo', (SELECT max("Id") FROM appeals_event) + 1, false);
            """);
        await transaction.CommitAsync();
        await Execute(connection, "VACUUM (ANALYZE) appeals_appeal");
        await Execute(connection, "VACUUM (ANALYZE) appeals_event");
        Console.WriteLine($"rates data: {appeals:N0} appeals generated, indexes rebuilt and analysed in {clock.Elapsed.TotalSeconds:F0} s");
        return true;
    }

    public static async Task<object?> Scalar(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        // Commands of an open transaction join it (Npgsql enlists them in the connection's transaction).
        await command.ExecuteNonQueryAsync();
    }

    // County weights skew towards 示范市 (the first county); 30 % of appeals go to a prefecture department, the rest to
    // the county's own; departments by a skewed slot so that market, housing, transport … carry most of the load.
    // Each stage follows the previous one by a skewed delay and exists only if it happened before the data's end.
    private static string AppealsSql(long lo, long hi, long total) => $$"""
        WITH c AS (
          SELECT (SELECT "Id" FROM organisation_region WHERE "Level" = 'Prefecture' ORDER BY "Id" LIMIT 1) AS prefecture,
                 (SELECT array_agg("Id" ORDER BY "Id") FROM organisation_region WHERE "Level" = 'County') AS counties,
                 timestamptz '{{StartSql}}' AS t0, timestamptz '{{StartSql}}' + interval '365 days' AS t1),
        dm AS (SELECT "Id", "RegionId", (row_number() OVER (PARTITION BY "RegionId" ORDER BY "Id") - 1)::int AS slot,
                      count(*) OVER (PARTITION BY "RegionId") AS n FROM organisation_department),
        dn AS (SELECT DISTINCT "RegionId", n FROM dm),
        b AS (
          SELECT g, c.*, random() AS ra, random() AS rb, random() AS rc, random() AS rd, random() AS re, random() AS rf, random() AS rs, random() AS rt,
                 c.counties[1 + floor(cardinality(c.counties) * power(random(), 1.4))::int] AS region,
                 random() < 0.3 AS to_prefecture, power(random(), 2) AS sf,
                 c.t0 + make_interval(secs => (g - 1 + random()) / {{total}}.0 * 365 * 86400) AS received
          FROM generate_series({{lo}}, {{hi}}) AS g CROSS JOIN c),
        s AS (
          SELECT b.*, dm."Id" AS lead, CASE WHEN b.rb < 0.08 THEN 'A' WHEN b.rb < 0.09 THEN 'M' ELSE 'D' END AS kind,
                 b.received + interval '1 minute' * (5 + 115 * b.ra) AS dispatched
          FROM b JOIN dn ON dn."RegionId" = CASE WHEN b.to_prefecture THEN b.prefecture ELSE b.region END
                 JOIN dm ON dm."RegionId" = dn."RegionId" AND dm.slot = floor(dn.n * b.sf)::int),
        t AS (
          SELECT s.*, s.dispatched + interval '1 hour' * (26 * power(s.rc, 3)) AS signed0,
                 s.dispatched + interval '1 hour' * (26 * power(s.rc, 3) + 60 * power(s.rd, 3)) AS contacted0,
                 s.dispatched + interval '1 hour' * (26 * power(s.rc, 3) + 60 * power(s.rd, 3) + 24 * 18 * power(s.re, 2)) AS replied0
          FROM s),
        u AS (
          SELECT t.*, t.replied0 + interval '1 hour' * (48 * t.rf) AS closed0, t.replied0 + interval '1 hour' * (48 * t.rf + 72 * t.rs) AS visited0 FROM t),
        v AS (
          SELECT u.*, CASE WHEN kind = 'D' AND dispatched < t1 THEN dispatched END AS d_at, CASE WHEN kind = 'D' AND signed0 < t1 THEN signed0 END AS s_at,
                 CASE WHEN kind = 'D' AND contacted0 < t1 THEN contacted0 END AS c_at, CASE WHEN kind = 'D' AND replied0 < t1 THEN replied0 END AS r_at,
                 CASE WHEN kind = 'D' AND closed0 < t1 THEN closed0 END AS cl_at, CASE WHEN kind = 'D' AND visited0 < t1 THEN visited0 END AS v_at
          FROM u)
        INSERT INTO appeals_appeal ("Id", "Number", "TrackingCode", "Status", "Type", "Urgency", "Channel", "RegionId", "Address", "Category",
          "Content", "RequesterName", "RequesterPhone", "RequesterConfidential", "ReceivedAt", "LeadDepartmentId", "FirstDispatchedAt", "DispatchedAt",
          "SignedAt", "ContactedAt", "RepliedAt", "Reply", "ClosedAt", "VisitedAt", "VisitResolved", "Satisfaction", "VisitUnreachable",
          "ReturnCount", "ReopenCount", "MergedIntoId", "Extension", "ExtensionDays", "SignDueAt", "ContactDueAt", "CloseDueAt",
          "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "Version")
        SELECT g, 'BENCH-' || g, 'B' || lpad(to_hex(g), 12, '0'),
          CASE kind WHEN 'A' THEN 'Answered' WHEN 'M' THEN 'Merged' ELSE CASE WHEN v_at IS NOT NULL THEN 'Visited' WHEN cl_at IS NOT NULL THEN 'Closed'
            WHEN r_at IS NOT NULL THEN 'Replied' WHEN c_at IS NOT NULL THEN 'Contacted' WHEN s_at IS NOT NULL THEN 'Signed'
            WHEN d_at IS NOT NULL THEN 'Dispatched' ELSE 'Received' END END,
          (ARRAY['Consultation','Help','Complaint','Complaint','Report','Suggestion','Praise','Help','Consultation','Complaint'])[1 + floor(rs * 10)::int],
          CASE WHEN rt < 0.1 THEN 'Urgent' ELSE 'Normal' END,
          (ARRAY['Phone','Phone','Phone','Phone','Phone','Phone','Phone','Web','Web','Enterprise','Api','Open311','Visit'])[1 + floor(rf * 13)::int],
          region, '人民路 ' || (g % 500) || ' 号',
          (ARRAY['市场监管','住房建设','交通出行','城市管理','社会保障','教育','医疗卫生','生态环境'])[1 + (g % 8)::int],
          (ARRAY['小区门口商铺占道经营，晚上噪音扰民，请相关部门处理。','购买的商品存在质量问题，商家拒绝退换，请求调解。',
                 '公交线路调整后出行不便，建议恢复原站点。','楼上住户装修时间过长，影响休息。','企业职工工资被拖欠三个月，请求帮助。',
                 '咨询营业执照办理需要哪些材料。','小区供暖温度不达标，请督促整改。','路灯损坏多日无人维修，夜间出行不安全。'])[1 + (g % 8)::int],
          '市民', '138' || lpad((g % 100000000)::text, 8, '0'), false, received,
          CASE WHEN kind = 'D' THEN lead END, d_at, d_at, s_at, c_at, r_at, CASE WHEN r_at IS NOT NULL THEN '已按规定处理并答复诉求人。' END,
          cl_at, v_at,
          CASE WHEN v_at IS NOT NULL AND rt >= 0.12 THEN (ra * 1000 - floor(ra * 1000)) < 0.87 END,
          CASE WHEN v_at IS NULL OR rt < 0.12 THEN NULL WHEN rt < 0.62 THEN 5 WHEN rt < 0.85 THEN 4 WHEN rt < 0.95 THEN 3 WHEN rt < 0.98 THEN 2 ELSE 1 END,
          v_at IS NOT NULL AND rt < 0.12,
          CASE WHEN d_at IS NOT NULL AND (rd * 1000 - floor(rd * 1000)) < 0.02 THEN 1 ELSE 0 END,
          CASE WHEN v_at IS NOT NULL AND (rc * 1000 - floor(rc * 1000)) < 0.015 THEN 1 ELSE 0 END,
          CASE WHEN kind = 'M' AND g > 1 THEN g - 1 END, 'None', 0,
          d_at + interval '1 day', d_at + interval '2 days', d_at + interval '15 days',
          received, 'bench', coalesce(v_at, cl_at, r_at, c_at, s_at, d_at, received), 'bench', 1
        FROM v
        """;

    private static string EventsSql(long lo, long hi) => $"""
        INSERT INTO appeals_event ("Action", "FromStatus", "ToStatus", "At", "Actor", "ActorName", "AppealId", "DepartmentId")
        SELECT 'Dispatch', 'Received', 'Dispatched', "FirstDispatchedAt", 'operator', '王话务', "Id", "LeadDepartmentId"
          FROM appeals_appeal WHERE "Id" BETWEEN {lo} AND {hi} AND "FirstDispatchedAt" IS NOT NULL
        UNION ALL
        SELECT 'Reassign', 'Dispatched', 'Dispatched', "FirstDispatchedAt" + interval '3 hours', 'operator', '王话务', "Id", "LeadDepartmentId"
          FROM appeals_appeal WHERE "Id" BETWEEN {lo} AND {hi} AND "FirstDispatchedAt" IS NOT NULL AND "Id" % 33 = 0
        UNION ALL
        SELECT 'ApproveReturn', 'Returned', 'Received', "FirstDispatchedAt" + interval '1 day', 'operator', '王话务', "Id", "LeadDepartmentId"
          FROM appeals_appeal WHERE "Id" BETWEEN {lo} AND {hi} AND "ReturnCount" > 0
        """;
}
