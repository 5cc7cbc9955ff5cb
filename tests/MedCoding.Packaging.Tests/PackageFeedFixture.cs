using System.Diagnostics;
using System.Reflection;

namespace MedCoding.Packaging.Tests;

/// <summary>
/// Packs every library under src/ (already built, in the configuration of this test run) into a local folder of a
/// temporary directory, once for all the tests of <see cref="PackageTests"/>; the directory is deleted afterwards.
/// </summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string Version { get; } = Metadata("PackageVersion");

    /// <summary>Gets the temporary directory: the feed, the consumer project and its package folder live under it.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"medcoding-packaging-{Guid.NewGuid():N}");

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>Gets the NuGet package folder of the consumers (NUGET_PACKAGES): theirs alone, never the machine's.</summary>
    public string PackagesFolder => Path.Combine(Root, "packages");

    public TimeSpan PackTime { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);

        // One MSBuild process packs every project, in parallel, without building again (dotnet pack --no-build).
        var packProject = Path.Combine(Root, "pack.proj");
        await File.WriteAllTextAsync(packProject, $"""
            <Project>
              <ItemGroup>
                <Library Include="{RepoRoot}src/*/*.csproj" />
              </ItemGroup>
              <Target Name="Pack">
                <MSBuild Projects="@(Library)" Targets="Pack" BuildInParallel="true"
                         Properties="Configuration={Configuration};NoBuild=true;PackageOutputPath={Feed}/" />
              </Target>
            </Project>
            """);
        var clock = Stopwatch.StartNew();
        // The tool's linux-x64 package is compiled to native code here (Native AOT): about a minute of CPU on its own.
        var (exitCode, output) = await Dotnet.RunAsync(Root, TimeSpan.FromMinutes(20), "msbuild", packProject, "-t:Pack", "-m", "-nologo", "-v:m", "-nodeReuse:false");
        PackTime = clock.Elapsed;
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Packing failed (exit code {exitCode}):\n{output}");
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a build server) keeps a temporary directory behind; not worth failing for.
        }

        return Task.CompletedTask;
    }

    private static string Metadata(string key) =>
        typeof(PackageFeedFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
