using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises;
using Yingshang.Web.Features.Knowledge;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// Contexts come from a pool (<see cref="PersistenceModule"/>): building one from scratch is a tenth of a simple request's
/// CPU. A leased context is bound to its request's (or job run's) services by <see cref="Bind"/> and let go on dispose.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, AppRole, string>(options), IDataProtectionKeyContext
{
    private Bound? _bound;

    private sealed record Bound(DataScope Scope, AuditTrail Audit, AuditColumns Columns, ISaveParticipant[] Participants);

    /// <summary>The caller's scope; read by the department query filter on every query.</summary>
    public DataScope Scope => Services.Scope;

    private Bound Services => _bound ?? throw new InvalidOperationException(
        "AppDbContext is used outside a service scope: resolve it from one instead of creating it from the pooled factory.");

    internal AppDbContext Bind(DataScope scope, AuditTrail audit, AuditColumns columns, IEnumerable<ISaveParticipant> participants)
    {
        _bound = new Bound(scope, audit, columns, participants.ToArray());
        return this;
    }

    // Back in the pool, the context must not keep its last request's services alive.
    public override void Dispose()
    {
        _bound = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _bound = null;
        return base.DisposeAsync();
    }

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Features.Enterprises.Service.ServiceOfficerAssignment> ServiceOfficers => Set<Features.Enterprises.Service.ServiceOfficerAssignment>();
    public DbSet<Features.Enterprises.Visits.EnterpriseVisit> EnterpriseVisits => Set<Features.Enterprises.Visits.EnterpriseVisit>();
    public DbSet<KnowledgeEntry> KnowledgeEntries => Set<KnowledgeEntry>();
    public DbSet<Features.Policies.Policy> Policies => Set<Features.Policies.Policy>();
    public DbSet<Features.Policies.Benefit> Benefits => Set<Features.Policies.Benefit>();
    public DbSet<Features.Policies.BenefitRuleVersion> BenefitRuleVersions => Set<Features.Policies.BenefitRuleVersion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Notifications.OutboxMessage> Outbox => Set<Notifications.OutboxMessage>();
    public DbSet<Time.CalendarDay> CalendarDays => Set<Time.CalendarDay>();
    public DbSet<Time.CalendarYear> CalendarYears => Set<Time.CalendarYear>();
    public DbSet<Features.Appeals.Appeal> Appeals => Set<Features.Appeals.Appeal>();
    public DbSet<Features.Appeals.Sla.AppealSlaRule> AppealSlaRules => Set<Features.Appeals.Sla.AppealSlaRule>();
    public DbSet<Features.Appeals.Suggest.Keywords.DispatchKeyword> DispatchKeywords => Set<Features.Appeals.Suggest.Keywords.DispatchKeyword>();
    public DbSet<Features.Appeals.HotIssues.TypicalCase> TypicalCases => Set<Features.Appeals.HotIssues.TypicalCase>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// The one place a save is made: audit columns stamped, derived rows added, and the audit entries written in the same
    /// transaction. When every added row's key is known before the insert (the sequences of <see cref="KeySequences"/>),
    /// the change and its entries go to the database in one batch; otherwise the rows are saved first and the entries
    /// after, in a transaction of their own when the caller has none.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // The steps below each walk the tracked entries, and EF would detect changes again on every walk and in the save:
        // detect once here, and let the steps write through the entries (AuditColumns) so that nothing needs a second pass.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var (_, audit, columns, participants) = Services;
        var changes = audit.Capture(this);
        columns.Stamp(this);
        foreach (var participant in participants) participant.Prepare(this);
        if (changes.IsEmpty || changes.KeysKnown)
        {
            changes.Append(this);
            if (!InsertsInOneBatch()) return await SaveOnceAsync(acceptAllChangesOnSuccess, cancellationToken);
            Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
            try
            {
                return await SaveOnceAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            finally
            {
                Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
            }
        }
        return await SaveTwiceAsync(() => SaveOnceAsync(acceptAllChangesOnSuccess, cancellationToken), () => changes.Append(this), cancellationToken);
    }

    /// <summary>
    /// Saves, running <paramref name="keysKnown"/> once every added row has its key (for a step that must name a new row,
    /// like a receipt SMS naming the appeal): before the one save when the keys come from <see cref="KeySequences"/>;
    /// otherwise after a first save, both saves in one transaction (the caller's when it has one).
    /// </summary>
    public async Task<int> SaveChangesAsync(Action keysKnown, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries().All(HasKey))
        {
            keysKnown();
            return await SaveChangesAsync(cancellationToken);
        }
        return await SaveTwiceAsync(() => SaveChangesAsync(cancellationToken), keysKnown, cancellationToken);
    }

    /// <summary>
    /// Saves, runs <paramref name="between"/> (which needs the first save's keys) and saves again, in one transaction: the
    /// caller's when it has one, else ours. Returns the first save's row count.
    /// </summary>
    private async Task<int> SaveTwiceAsync(Func<Task<int>> save, Action between, CancellationToken cancellationToken)
    {
        await using var tx = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        // Inside our own transaction any failure abandons all of it, so EF's savepoints would only add round trips.
        using var noSavepoints = tx is null ? null : Savepoints.Suspended(this);
        var written = await save();
        between();
        await save();
        if (tx is not null) await tx.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>False for a row to be added whose key the database assigns on insert (SQLite's identity).</summary>
    internal static bool HasKey(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State != EntityState.Added || !entry.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary);

    /// <summary>
    /// Npgsql sends a batch with a single Sync, which PostgreSQL runs as one implicit transaction: for a few inserts
    /// (an intake) EF's own BEGIN … COMMIT would only add the COMMIT's round trip. Only inserts: an update's concurrency
    /// check is read after that implicit commit, too late to undo the rest. Few enough to be one batch by far.
    /// </summary>
    private bool InsertsInOneBatch()
    {
        if (!Database.IsNpgsql() || Database.CurrentTransaction is not null || Database.AutoTransactionBehavior != AutoTransactionBehavior.WhenNeeded)
            return false;
        var rows = 0;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted) return false;
            if (entry.State == EntityState.Added && ++rows > MaxInsertsWithoutTransaction) return false;
        }
        return rows > 0;
    }

    private const int MaxInsertsWithoutTransaction = 50;

    private async Task<int> SaveOnceAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        // A caller's own transaction may still have EF's savepoints on, whose failed release EF swallows.
        TransactionHealth.EnsureAlive(Database);
        foreach (var derived in ChangeTracker.Entries().Where(e => e.Entity is IDerivedRow).ToList())
            derived.State = EntityState.Detached;
        return written;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        IdentityTables.Configure(builder);
        if (Database.IsNpgsql()) KeySequences.Configure(builder);
        builder.Entity<DataProtectionKey>().ToTable("platform_data_protection_keys");

        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            if (typeof(IVersioned).IsAssignableFrom(type.ClrType))
                builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            if (typeof(IDepartmentOwned).IsAssignableFrom(type.ClrType))
                builder.Entity(type.ClrType).HasQueryFilter(DepartmentFilter(type.ClrType));
            if (type.ClrType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDepartmentScoped<>)))
                builder.Entity(type.ClrType).HasQueryFilter((LambdaExpression)ScopedFilterMethod.MakeGenericMethod(type.ClrType).Invoke(this, null)!);
        }
    }

    private static readonly System.Reflection.MethodInfo ScopedFilterMethod =
        typeof(AppDbContext).GetMethod(nameof(ScopedFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private Expression<Func<T, bool>> ScopedFilter<T>() where T : class, IDepartmentScoped<T>
    {
        // e => Scope.AllDepartments || VisibleTo(e, Scope.DepartmentIds)
        var visible = T.VisibleTo;
        var scopeExpr = Expression.Property(Expression.Constant(this), nameof(Scope));
        var all = Expression.Property(scopeExpr, nameof(DataScope.AllDepartments));
        var ids = Expression.Property(scopeExpr, nameof(DataScope.DepartmentIds));
        var body = new Substitute(visible.Parameters[1], ids).Visit(visible.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(all, body), visible.Parameters[0]);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    private LambdaExpression DepartmentFilter(Type entity)
    {
        // e => Scope.AllDepartments || Scope.DepartmentIds.Contains(e.DepartmentId)
        var e = Expression.Parameter(entity, "e");
        var scopeExpr = Expression.Property(Expression.Constant(this), nameof(Scope));
        var all = Expression.Property(scopeExpr, nameof(DataScope.AllDepartments));
        var ids = Expression.Property(scopeExpr, nameof(DataScope.DepartmentIds));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            ids, Expression.Property(e, nameof(IDepartmentOwned.DepartmentId)));
        return Expression.Lambda(Expression.OrElse(all, contains), e);
    }
}
