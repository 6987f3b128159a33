using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Yingshang.Web.Platform.Persistence;

// The migrations projects cannot reference the app (the app references them), so their classes are
// tagged with a marker context. Migrations are therefore found by assembly, not by context type.
#pragma warning disable EF1001 // MigrationsAssembly is EF's own extension point for this; pinned EF version.
internal sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotRead;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Assembly.DefinedTypes
        .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract)
        .Select(t => (Type: t, Id: t.GetCustomAttribute<MigrationAttribute>()?.Id))
        .Where(m => m.Id is not null)
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id!, m => m.Type);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotRead) return _snapshot;
            var type = Assembly.DefinedTypes.FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract);
            _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
            _snapshotRead = true;
            return _snapshot;
        }
    }
}
#pragma warning restore EF1001
