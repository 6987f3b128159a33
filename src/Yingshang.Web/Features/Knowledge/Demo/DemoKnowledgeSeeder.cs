using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Knowledge.Demo;

/// <summary>Demo knowledge base of 示范州's 12345 centre (<see cref="DemoKnowledge"/>), only into an empty table.</summary>
internal sealed class DemoKnowledgeSeeder(TimeProvider clock) : ISeeder
{
    public int Order => 30;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.KnowledgeEntries.AnyAsync(ct)) return;
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var today = ChinaTime.Today(clock);
        foreach (var e in DemoKnowledge.Entries)
        {
            var content = new KnowledgeContent(e.Question, e.Answer, departments.TryGetValue(e.Department, out var id) ? id : null,
                KnowledgeEntry.SplitTags(e.Tags), e.ValidForDays is { } days ? today.AddDays(days) : null, e.Published);
            db.KnowledgeEntries.Add(KnowledgeEntry.Create(content, today.AddDays(-400)));
        }
        await db.SaveChangesAsync(ct);
    }
}
