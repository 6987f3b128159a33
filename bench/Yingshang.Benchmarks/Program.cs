using Yingshang.Benchmarks;

// dotnet run -c Release --project bench/Yingshang.Benchmarks -- [engine|memory|compare] [entities] [benefits]
var mode = args.Length > 0 ? args[0] : "engine";
var entities = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
var benefits = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} · {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
switch (mode)
{
    case "memory":
        MemoryBenchmark.Run(entities, benefits);
        break;
    case "compare":
        CompareBenchmark.Run(entities, benefits);
        break;
    default:
        EngineBenchmark.Run(entities, benefits);
        break;
}
