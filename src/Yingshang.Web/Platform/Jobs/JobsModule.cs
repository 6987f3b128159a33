namespace Yingshang.Web.Platform.Jobs;

public static class JobsModule
{
    /// <summary>The job host and this instance's identity; capabilities then register their jobs with <see cref="AddJob{TJob}"/>.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobInstance>();
        services.AddHostedService<JobHost>();
        return services;
    }

    /// <summary>Registers a job to run on every instance every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IPeriodicJob
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "A job's interval must be positive.");
        services.AddScoped<TJob>();
        services.AddSingleton(new JobSchedule(name, typeof(TJob), interval));
        return services;
    }
}
