using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Knowledge.View;

public sealed record KnowledgeEntryDto
{
    public int Id { get; init; }
    public string Question { get; init; } = "";
    public string Answer { get; init; } = "";
    public string? Department { get; init; }
    public string? DepartmentName { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateOnly? ValidUntil { get; init; }
    public bool Expired { get; init; }
    public bool Published { get; init; }
    public int UseCount { get; init; }
    public DateTime? LastUsedAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = "";
    public int Version { get; init; }
}

/// <summary>One entry; drafts and expired entries only for editors (others get null, i.e. 404).</summary>
public sealed class KnowledgeDetails(AppDbContext db, TimeProvider clock, ICurrentUser user)
{
    public async Task<KnowledgeEntryDto?> GetAsync(int id, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var dto = await (from e in db.KnowledgeEntries.AsNoTracking().Where(e => e.Id == id)
                         join d in db.Departments on e.DepartmentId equals d.Id into departments
                         from d in departments.DefaultIfEmpty()
                         select new KnowledgeEntryDto
                         {
                             Id = e.Id, Question = e.Question, Answer = e.Answer, Department = d.Code, DepartmentName = d.Name,
                             Tags = e.Tags, ValidUntil = e.ValidUntil, Published = e.Published, UseCount = e.UseCount,
                             LastUsedAt = e.LastUsedAt, CreatedAt = e.CreatedAt, CreatedBy = e.CreatedBy,
                             UpdatedAt = e.UpdatedAt, UpdatedBy = e.UpdatedBy, Version = e.Version,
                         }).FirstOrDefaultAsync(ct);
        if (dto is null) return null;
        dto = dto with { Expired = dto.ValidUntil is { } until && until < today };
        var hidden = !dto.Published || dto.Expired;
        return hidden && !KnowledgeModule.EditorRoles.Any(user.IsInRole) ? null : dto;
    }
}
