using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Enterprises.Import;

public enum ImportMode { All, Valid }

/// <summary>Limits of the import; section <c>Enterprises:Import</c>.</summary>
public sealed class EnterpriseImportOptions
{
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
    public int MaxRows { get; set; } = 100_000;
    public int BatchSize { get; set; } = 1000;
}

/// <summary>The answer to an import; <see cref="Rejected"/> when nothing was stored because of errors.</summary>
public sealed record ImportOutcome(ImportResult Result, bool Rejected);

/// <summary>Upserts the register from a CSV/XLSX file: all-or-nothing (<see cref="ImportMode.All"/>) or the valid rows only.</summary>
public sealed class ImportEnterprisesHandler(AppDbContext db, TimeProvider clock, AuditTrail audit, IOptions<EnterpriseImportOptions> options)
{
    public async Task<ImportOutcome> HandleAsync(byte[] content, string? fileName, ImportMode mode, CancellationToken ct)
    {
        var rows = ImportFile.Read(content, fileName);
        if (rows.Count > options.Value.MaxRows + 1)
            throw new UnreadableFileException(413, $"文件共 {rows.Count - 1:N0} 行数据，超过单次导入上限 {options.Value.MaxRows:N0} 行，请拆分后导入");
        if (rows.Count == 0) return Rejected([new(1, ImportColumns.Uscc, "文件为空：第 1 行应为列名")]);
        var (positions, headerErrors) = ImportColumns.ReadHeader(rows[0]);
        if (headerErrors.Count > 0) return Rejected(headerErrors);

        var (valid, errors) = await ParseAsync(rows, positions, ct);
        if (mode == ImportMode.All && errors.Count > 0) return Rejected(errors);
        var (imported, updated) = await StoreAsync(valid, fileName, errors.Count, ct);
        return new ImportOutcome(new ImportResult(imported, updated, errors), Rejected: false);
    }

    private static ImportOutcome Rejected(List<ImportError> errors) => new(new ImportResult(0, 0, errors), Rejected: true);

    private async Task<(List<EnterpriseData> Valid, List<ImportError> Errors)> ParseAsync(
        List<object?[]> rows, Dictionary<string, int> positions, CancellationToken ct)
    {
        var counties = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County)
            .OrderBy(r => r.Id).ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var parser = new EnterpriseRowParser(counties, ChinaTime.Today(clock));
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = new List<EnterpriseData>();
        var errors = new List<ImportError>();
        for (var i = 1; i < rows.Count; i++)
        {
            var row = i + 1;
            var cells = positions.ToDictionary(p => p.Key, p => p.Value < rows[i].Length ? rows[i][p.Value] : null, StringComparer.Ordinal);
            if (cells.Values.All(c => Cells.Text(c) is null)) continue;
            var (data, rowErrors) = parser.Parse(row, cells);
            var uscc = Uscc.Normalise(Cells.Text(cells[ImportColumns.Uscc]));
            if (uscc.Length > 0 && !firstRowOf.TryAdd(uscc, row))
            {
                rowErrors.RemoveAll(e => e.Column == ImportColumns.Uscc);
                rowErrors.Insert(0, new(row, ImportColumns.Uscc, $"统一社会信用代码 {uscc} 与第 {firstRowOf[uscc]} 行重复"));
                data = null;
            }
            errors.AddRange(rowErrors);
            if (data is not null) valid.Add(data);
        }
        return (valid, errors);
    }

    private async Task<(int Imported, int Updated)> StoreAsync(List<EnterpriseData> valid, string? fileName, int errorCount, CancellationToken ct)
    {
        var (imported, updated) = (0, 0);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var batch in valid.Chunk(Math.Max(1, options.Value.BatchSize)))
            {
                var codes = batch.Select(d => d.Uscc).ToList();
                var existing = await db.Enterprises.Where(e => codes.Contains(e.Uscc)).ToDictionaryAsync(e => e.Uscc, StringComparer.Ordinal, ct);
                foreach (var data in batch)
                {
                    if (existing.TryGetValue(data.Uscc, out var enterprise)) { enterprise.Update(data); updated++; }
                    else { db.Enterprises.Add(Enterprise.Register(data)); imported++; }
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            audit.Record("import", nameof(Enterprise), Path.GetFileName(fileName ?? ""), $"新增 {imported}，更新 {updated}，错误 {errorCount}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("import-conflict", "导入时有其他人同时写入了相同的企业，本次导入未保存，请重试");
        }
        return (imported, updated);
    }
}
