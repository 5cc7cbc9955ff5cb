using System.Text;
using SharpFuzz;

namespace MedCoding.Fuzz;

/// <summary>
/// The libFuzzer entry point for SharpFuzz: <c>dotnet MedCoding.Fuzz.dll TARGET</c> (or the target in the environment
/// variable <c>MEDCODING_FUZZ_TARGET</c>, since <c>libfuzzer-dotnet</c> passes one argument, the DLL) under
/// <c>libfuzzer-dotnet</c>, or <c>dotnet MedCoding.Fuzz.dll --corpus DIR</c> to write every target's seed corpus to <c>DIR/TARGET/</c>.
/// See the README's "Fuzzing" section.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--corpus", var folder])
        {
            foreach (var target in FuzzTargets.All)
            {
                var directory = Directory.CreateDirectory(Path.Combine(folder, target.Name));
                var seeds = target.Seeds();
                for (var i = 0; i < seeds.Count; i++)
                {
                    File.WriteAllBytes(Path.Combine(directory.FullName, $"seed-{i:000}"), seeds[i]);
                }

                Console.WriteLine($"{target.Name}: {seeds.Count} seeds in {directory.FullName}");
            }

            return 0;
        }

        var name = args.Length == 1 ? args[0] : Environment.GetEnvironmentVariable("MEDCODING_FUZZ_TARGET");
        var named = FuzzTargets.All.SingleOrDefault(t => t.Name == name);
        if (named is null)
        {
            Console.Error.WriteLine($"usage: MedCoding.Fuzz TARGET | --corpus DIR (or MEDCODING_FUZZ_TARGET=TARGET); targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
            return 2;
        }

        // A typed rejection is a normal outcome; anything else escapes and libFuzzer records the input as a crash.
        Fuzzer.LibFuzzer.Run(span =>
        {
            var input = span.ToArray();
            try
            {
                named.Run(input);
            }
            catch (Exception e)
            {
                foreach (var inner in e is AggregateException aggregate ? aggregate.InnerExceptions : [e])
                {
                    if (named.Check(inner) is { } problem)
                    {
                        throw new InvalidOperationException(problem, inner);
                    }
                }
            }
        });
        return 0;
    }
}
