using Microsoft.EntityFrameworkCore;

namespace Yingshang.Migrations.Postgres;

/// <summary>Marks the migrations of this assembly; the app's migrations assembly service reads them by assembly, not by context type.</summary>
public sealed class PostgresMigrations : DbContext;
