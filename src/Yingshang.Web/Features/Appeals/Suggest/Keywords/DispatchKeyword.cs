using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Suggest.Keywords;

/// <summary>
/// One word of a department's dispatch keyword list (README.md, "Smart dispatch"). The lists are one training document
/// per department; an Admin keeps them, every change audited. Seeded once from <see cref="DispatchKeywords.All"/>.
/// </summary>
public sealed class DispatchKeyword : Entity
{
    public const int MaxLength = 20;

    private DispatchKeyword() { }

    public DispatchKeyword(int departmentId, string word)
    {
        DepartmentId = departmentId;
        Word = Clean(word);
    }

    public int DepartmentId { get; private set; }
    public string Word { get; private set; } = "";

    public void Change(int departmentId, string word) => (DepartmentId, Word) = (departmentId, Clean(word));

    public static string Clean(string? word)
    {
        var w = (word ?? "").Trim();
        if (w.Length == 0) throw new FieldValidationException("word", "请填写关键词");
        if (w.Length > MaxLength) throw new FieldValidationException("word", $"关键词最多 {MaxLength} 个字");
        if (w.Any(char.IsWhiteSpace)) throw new FieldValidationException("word", "一个关键词不能包含空格，请分开添加");
        return w;
    }
}

internal sealed class DispatchKeywordConfiguration : IEntityTypeConfiguration<DispatchKeyword>
{
    public void Configure(EntityTypeBuilder<DispatchKeyword> builder)
    {
        builder.ToTable("appeals_dispatch_keyword");
        builder.Property(x => x.Word).HasMaxLength(DispatchKeyword.MaxLength);
        builder.HasIndex(x => new { x.DepartmentId, x.Word }).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Reference data, not demo data: each department of the 12345 centre's dispatch guide gets the guide's list once, at the
/// first start that finds it (a <see cref="Counter"/> row remembers it, so a list an Admin emptied stays empty).
/// </summary>
internal sealed class DispatchKeywordSeeder : ISeeder
{
    public int Order => 30;
    public bool DemoOnly => false;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var seeded = await db.Counters.Where(c => c.Name.StartsWith(Prefix)).Select(c => c.Name).ToListAsync(ct);
        foreach (var list in DispatchKeywords.All.Where(k => departments.ContainsKey(k.Department) && !seeded.Contains(Prefix + k.Department)))
        {
            foreach (var word in list.Keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
                db.DispatchKeywords.Add(new DispatchKeyword(departments[list.Department], word));
            db.Counters.Add(new Counter { Name = Prefix + list.Department, Value = 1 });
        }
        await db.SaveChangesAsync(ct);
    }

    private const string Prefix = "dispatch-keywords:";
}
