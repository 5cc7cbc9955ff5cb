using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace MedCoding.Fuzz;

/// <summary>
/// The deterministic replay of every fuzz target in the normal test run: a fixed seed, up to a few thousand mutations of
/// the seed corpus per target within a time budget (about 1.5 minutes for all thirteen), each input run with a timeout.
/// It fails on an exception that is not the parser's own typed one, on a hang, and on a message that repeats patient data.
/// </summary>
public sealed class FuzzReplayTests(ITestOutputHelper output)
{
    /// <summary>The seed of the mutator: the same inputs on every run and every machine.</summary>
    private const int Seed = 20251202;

    /// <summary>The mutations tried per target (fewer when the target's time budget runs out first).</summary>
    private const int Mutations = 3000;

    /// <summary>The time one target may take in all; with thirteen targets, about 1.5 minutes.</summary>
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(7);

    /// <summary>The time one input may take before it counts as a hang.</summary>
    private static readonly TimeSpan s_inputTimeout = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Replay_SeedsAndMutations_OnlyTypedRejections(string name)
    {
        var target = FuzzTargets.All.Single(t => t.Name == name);
        var seeds = target.Seeds();
        seeds.Should().NotBeEmpty();
        var failures = new List<string>();
        var known = new HashSet<string>();
        var typed = 0;
        var accepted = 0;

        // 1. Every seed as it is: the seeds are valid inputs.
        foreach (var seed in seeds)
        {
            RunOne(seed);
        }

        accepted.Should().Be(seeds.Count, "every seed is a valid input that the parser reads");

        // 2. Mutations, until the count or the budget runs out.
        var mutator = new Mutator(Seed, seeds, target.Tokens);
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (runs < Mutations && watch.Elapsed < s_budget && failures.Count < 5)
        {
            RunOne(mutator.Next());
            runs++;
        }

        output.WriteLine($"{name}: {seeds.Count} seeds, {runs} mutations in {watch.Elapsed.TotalSeconds:0.0} s: {accepted} accepted, {typed} rejected with the typed exception, {failures.Count} failures (load average {LoadAverage()})");
        foreach (var crash in known)
        {
            output.WriteLine($"known failure, still occurring: {crash}");
        }

        KnownFailures.Crashes.Where(c => c.Target == name).Select(c => c.Exception).Should().BeSubsetOf(known, "a known failure that no longer occurs must be taken off KnownFailures.Crashes");
        failures.Should().BeEmpty();

        void RunOne(byte[] input)
        {
            Exception? thrown = null;
            var run = Task.Run(() =>
            {
                try
                {
                    target.Run(input);
                }
                catch (Exception e)
                {
                    thrown = e;
                }
            });
            if (!run.Wait(s_inputTimeout))
            {
                failures.Add($"hang: more than {s_inputTimeout.TotalSeconds} s on an input of {input.Length} bytes: {Preview(input)}");
                return;
            }

            var inners = thrown is AggregateException aggregate ? aggregate.InnerExceptions : thrown is null ? [] : [thrown];
            if (inners.Count == 0)
            {
                accepted++;
            }

            foreach (var inner in inners)
            {
                if (!target.IsTyped(inner) && KnownFailures.IsKnown(name, inner))
                {
                    known.Add(inner.GetType().FullName!);
                    continue;
                }

                if (target.Check(inner) is { } problem)
                {
                    failures.Add($"{problem}\ninput ({input.Length} bytes): {Preview(input)}");
                }
                else
                {
                    typed++;
                }
            }
        }
    }

    private static string Preview(byte[] input) => Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 2048)));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
