using Microsoft.Extensions.Logging;

namespace Yingshang.IntegrationTests.Infrastructure;

/// <summary>
/// With <c>YINGSHANG_TEST_LOG=/path/file</c> the app's errors (with their exceptions) are appended to that file: the test
/// runner shows none of the host's console, and a 500 in a fuzz run is otherwise only a status code.
/// </summary>
internal sealed class ErrorLog(string path) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static ILoggerProvider? FromEnvironment() =>
        Environment.GetEnvironmentVariable("YINGSHANG_TEST_LOG") is { Length: > 0 } path ? new ErrorLog(path) : null;

    public ILogger CreateLogger(string categoryName) => new Writer(path, categoryName);

    public void Dispose() { }

    private sealed class Writer(string path, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            lock (Gate) File.AppendAllText(path, $"{logLevel} {category}: {formatter(state, exception)}\n{exception}\n\n");
        }
    }
}
