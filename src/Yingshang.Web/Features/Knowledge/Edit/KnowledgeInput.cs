using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Knowledge.Edit;

/// <summary>Fields of the create and edit forms; <see cref="KnowledgeEntry"/> validates them.</summary>
public sealed class KnowledgeInput
{
    [Display(Name = "问题")] public string? Question { get; set; }
    [Display(Name = "答复内容")] public string? Answer { get; set; }
    [Display(Name = "主管部门")] public string? Department { get; set; }
    [Display(Name = "标签")] public string? Tags { get; set; }
    [Display(Name = "有效期至")] public DateOnly? ValidUntil { get; set; }
    [Display(Name = "发布")] public bool Published { get; set; } = true;
    public int Version { get; set; }

    public SaveKnowledgeEntry ToRequest() =>
        new(Question, Answer, Department, KnowledgeEntry.SplitTags(Tags), ValidUntil, Published, Version);

    /// <summary>Departments an editor can choose from, active ones by code.</summary>
    public static async Task<List<(string Code, string Name)>> DepartmentsAsync(AppDbContext db, CancellationToken ct) =>
        (await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct))
        .Select(d => (d.Code, d.Name)).ToList();
}
