using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Organisation;

/// <summary>A government department or public utility; prefecture codes such as <c>market</c>, county ones <c>dcx.market</c>.</summary>
public sealed class Department : Entity
{
    private Department() { }

    public Department(string code, string name, int regionId)
    {
        Code = Normalise(code);
        Rename(name);
        RegionId = regionId;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int RegionId { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Rename(string name)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100) throw new FieldValidationException("name", "部门名称须为 1–100 个字符");
        Name = name;
    }

    public void Deactivate() => IsActive = false;
    public void Activate() => IsActive = true;

    public static string Normalise(string code)
    {
        code = code.Trim().ToLowerInvariant();
        if (code.Length is 0 or > 64 || !code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.'))
            throw new FieldValidationException("code", "部门编码须为 1–64 位小写字母、数字、“-”或“.”");
        return code;
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("organisation_department");
        builder.Property(x => x.Code).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
