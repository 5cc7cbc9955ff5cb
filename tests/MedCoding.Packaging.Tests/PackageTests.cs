using MedCoding.Testing;
using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace MedCoding.Packaging.Tests;

public sealed class PackageTests(PackageFeedFixture packages, ITestOutputHelper output) : IClassFixture<PackageFeedFixture>
{
    private static readonly Guid s_sourceLinkId = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>Gets the package id of every packable library: each folder under src/ but the data compiler (not shipped) and the CLI (a tool).</summary>
    private static string[] LibraryIds { get; } =
    [
        .. Directory.GetDirectories(Path.Combine(PackageFeedFixture.RepoRoot, "src"))
            .Select(d => Path.GetFileName(d))
            .Where(id => id is not ("MedCoding.Data.Compiler" or "MedCoding.Cli"))
            .Order(StringComparer.Ordinal),
    ];

    public static TheoryData<string> Libraries => new(LibraryIds);

    [Fact]
    public void Pack_Libraries_OnePackageAndSymbolPackagePerAssembly()
    {
        output.WriteLine($"pack: {packages.PackTime.TotalSeconds:F1} s");
        var expected = LibraryIds.Append("MedCoding.Cli").Order(StringComparer.Ordinal).ToArray();

        Files("*.nupkg").Should().Equal(expected.Select(id => $"{id}.{PackageFeedFixture.Version}.nupkg"));
        Files("*.snupkg").Should().Equal(expected.Select(id => $"{id}.{PackageFeedFixture.Version}.snupkg"));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Pack_Library_HasMetadataReadmeAndXmlDocs(string id)
    {
        using var package = Open($"{id}.{PackageFeedFixture.Version}.nupkg");
        var metadata = Nuspec(package, id);
        XNamespace ns = metadata.Name.Namespace;

        metadata.Element(ns + "license")!.Value.Should().Be("Apache-2.0");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        metadata.Element(ns + "projectUrl")!.Value.Should().Be("https://github.com/medcoding/medcoding-sdk");
        var repository = metadata.Element(ns + "repository")!;
        repository.Attribute("type")!.Value.Should().Be("git");
        repository.Attribute("url")!.Value.Should().Be("https://github.com/medcoding/medcoding-sdk");
        repository.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$");
        Entries(package).Should().Contain(["README.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Pack_Library_SymbolsMapSourcesToRepository(string id)
    {
        using var symbols = Open($"{id}.{PackageFeedFixture.Version}.snupkg");
        using var pdb = new MemoryStream();
        using (var entry = symbols.GetEntry($"lib/net10.0/{id}.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == s_sourceLinkId)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Should().ContainSingle().Subject;

        // The origin remote on a clone, or RepositoryUrl (github.com/medcoding/medcoding-sdk) without one.
        sourceLink.Should().Contain("https://raw.githubusercontent.com/");
    }

    [Fact]
    public void Pack_Cli_IsDotnetToolNamedMedcoding()
    {
        using var package = Open($"MedCoding.Cli.{PackageFeedFixture.Version}.nupkg");
        var metadata = Nuspec(package, "MedCoding.Cli");
        XNamespace ns = metadata.Name.Namespace;
        using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();

        metadata.Element(ns + "packageTypes")!.Elements(ns + "packageType").Select(e => e.Attribute("name")!.Value).Should().Equal("DotnetTool");
        XDocument.Load(settings).Descendants("Command").Should().ContainSingle()
            .Which.Attribute("Name")!.Value.Should().Be("medcoding");
    }

    [Fact]
    public async Task Consumer_FreshProjectFromLocalFeed_GroupsMapsAndScrubsOnEmbeddedData()
    {
        var consumer = Path.Combine(packages.Root, "consumer");
        Directory.CreateDirectory(consumer);

        // Nothing above the temporary directory may leak in: empty Directory.Build.* and Directory.Packages.props stop
        // MSBuild's upward search, and nuget.config clears the machine's sources. MedCoding.* comes from the local feed
        // only; third-party dependencies from nuget.org; everything is restored into a package folder of its own
        // (NUGET_PACKAGES), so a package of the same version cached by an earlier run is never used.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            await File.WriteAllTextAsync(Path.Combine(consumer, file), "<Project />\n");
        }

        await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="medcoding-local" value="{packages.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="medcoding-local">
                  <package pattern="MedCoding.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MedCoding.Extensions.DependencyInjection" Version="{PackageFeedFixture.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);
        // The consumer of issue 11, as a user would write it: every service over the embedded data, no files on disk.
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), """
            using MedCoding;
            using MedCoding.ClaimEdits;
            using MedCoding.Claims.Json;
            using MedCoding.CodeSets;
            using MedCoding.Gems;
            using MedCoding.Grouping;
            using MedCoding.Icd10Cm;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            var services = new ServiceCollection();
            services.AddMedCoding();
            using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            provider.GetRequiredService<IStartupValidator>().Validate();
            var drg = provider.GetRequiredService<IDrgGrouper>().Group(new DrgCase {
                PrincipalDiagnosis = new DrgDiagnosis("K35.80", PresentOnAdmission.Yes), Procedures = ["0DTJ4ZZ"],
                Age = 75, DischargeStatus = 1, DischargeDate = new DateOnly(2025, 11, 3) });
            Console.WriteLine($"drg {drg.Drg}");
            Console.WriteLine($"gems {provider.GetRequiredService<DiagnosisGems>().ToIcd10Cm("25000")}");
            var claim = ClaimJson.Parse(File.ReadAllText(args[0]));
            foreach (var f in provider.GetRequiredService<ClaimEditor>().Check(claim).Findings) Console.WriteLine($"finding {f.RuleId}");
            var release = provider.GetRequiredService<Icd10CmReleaseProvider>().GetForDate(new DateOnly(2025, 11, 3));
            Console.WriteLine($"{release.VersionId}|{release["E11.65"].Title}");
            """);
        var claimFile = Path.Combine(consumer, "claim.json");
        await File.WriteAllTextAsync(claimFile, """
            {"type":"institutional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"M"},
             "diagnoses":[{"code":"I21.4"},{"code":"E11.9","poa":"Y"}],
             "lines":[{"code":"99223","units":1,"charge":1200.00}]}
            """);

        var clock = Stopwatch.StartNew();
        var (exitCode, text) = await Dotnet.RunAsync(Dotnet.Host, packages.PackagesFolder, consumer, TimeSpan.FromMinutes(5), "run", "-c", "Release", "--", claimFile);
        output.WriteLine($"consumer restore, build and run: {clock.Elapsed.TotalSeconds:F1} s (pack: {packages.PackTime.TotalSeconds:F1} s)");

        exitCode.Should().Be(0, text);
        text.Should().Contain("drg 399").And.Contain("finding POA_MISSING").And.Contain("ICD-10-CM FY2026 (format 1)|Type 2 diabetes mellitus with hyperglycemia");
        text.Split('\n').Should().Contain(line => line.StartsWith("gems ", StringComparison.Ordinal) && line.Contains("E11.9", StringComparison.Ordinal));
        Directory.GetDirectories(packages.PackagesFolder).Select(Path.GetFileName)
            .Should().Contain(["medcoding.extensions.dependencyinjection", "medcoding.data.icd10cm", "medcoding.data.icd10pcs", "medcoding.data.hcpcs",
                "medcoding.data.gems", "medcoding.data.claimedits", "medcoding.data.msdrg", "medcoding.icd10cm", "medcoding.billing.integration"]);
    }

    [Fact]
    public async Task Cli_InstalledAsToolFromLocalFeed_LooksUpCode()
    {
        var work = Path.Combine(packages.Root, "tool");
        var tools = Path.Combine(work, "bin");
        Directory.CreateDirectory(work);
        await File.WriteAllTextAsync(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="medcoding-local" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);

        var clock = Stopwatch.StartNew();
        var install = await Dotnet.RunAsync(Dotnet.Host, packages.PackagesFolder, work, TimeSpan.FromMinutes(3),
            "tool", "install", "MedCoding.Cli", "--version", PackageFeedFixture.Version, "--tool-path", tools, "--configfile", Path.Combine(work, "nuget.config"));
        install.ExitCode.Should().Be(0, install.Output);
        var lookup = await Dotnet.RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "medcoding.exe" : "medcoding"), null, work, TimeSpan.FromMinutes(1), "lookup", "E11.65");
        output.WriteLine($"tool install and run: {clock.Elapsed.TotalSeconds:F1} s");

        lookup.ExitCode.Should().Be(0, lookup.Output);
        lookup.Output.Should().Contain("E11.65  Type 2 diabetes mellitus with hyperglycemia");
    }

    /// <summary>
    /// Issue 11: the installed tool, run in an empty folder with no options and no environment variable, answers every
    /// command from its embedded data; only the inputs (a claim, a case file, an 835) are files.
    /// </summary>
    [Fact]
    public async Task Cli_InstalledAsToolInEmptyFolder_RunsEveryCommandOnEmbeddedData()
    {
        var work = Path.Combine(packages.Root, "tool-empty");
        var tools = Path.Combine(packages.Root, "tool-empty-bin");
        var inputs = Path.Combine(packages.Root, "tool-empty-inputs");
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(inputs);
        var config = Path.Combine(inputs, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="medcoding-local" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        var install = await Dotnet.RunAsync(Dotnet.Host, packages.PackagesFolder, inputs, TimeSpan.FromMinutes(3),
            "tool", "install", "MedCoding.Cli", "--version", PackageFeedFixture.Version, "--tool-path", tools, "--configfile", config);
        install.ExitCode.Should().Be(0, install.Output);
        var claim = Path.Combine(inputs, "claim.json");
        await File.WriteAllTextAsync(claim, """
            {"type":"institutional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"M"},
             "diagnoses":[{"code":"I21.4"},{"code":"E11.9","poa":"Y"}],
             "lines":[{"code":"99223","units":1,"charge":1200.00}]}
            """);
        var samples = Path.Combine(PackageFeedFixture.RepoRoot, "samples", "x12");
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "medcoding.exe" : "medcoding");

        async Task<string> Run(int expectedExitCode, params string[] args)
        {
            var (exitCode, text) = await Dotnet.RunAsync(tool, null, work, TimeSpan.FromMinutes(2), args);
            exitCode.Should().Be(expectedExitCode, $"medcoding {string.Join(' ', args)}: {text}");
            return text;
        }

        (await Run(0, "lookup", "--system", "pcs", "0DTJ4ZZ")).Should().Contain("0DTJ4ZZ");
        (await Run(0, "lookup", "--system", "hcpcs", "A0021")).Should().Contain("A0021");
        (await Run(0, "lookup", "--system", "modifier", "LT", "25")).Should().Contain("LT");
        (await Run(0, "map", "25000", "--to", "icd10cm")).Should().Contain("E11.9");
        (await Run(1, "scrub", claim)).Should().Contain("POA_MISSING");
        (await Run(0, "drg", "explain", "--pdx", "K35.80:Y", "--procedure", "0DTJ4ZZ", "--age", "75", "--discharge-date", "2025-11-03")).Should().Contain("399");
        (await Run(0, "drg", "group", OfficialData.Path("msdrg", "v43", "cases", "cases-431.tsv"))).Should().Contain("5000 of 5000");
        (await Run(0, "claim", "837", Path.Combine(samples, "claim-institutional.json"))).Should().Contain("ISA*");
        (await Run(0, "remit", Path.Combine(samples, "remittance.835"))).Should().NotBeEmpty();
        Directory.GetFileSystemEntries(work).Should().BeEmpty("the tool needs no files beside it and writes none");
    }

    private string[] Files(string pattern) =>
        [.. Directory.GetFiles(packages.Feed, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private ZipArchive Open(string fileName) => ZipFile.OpenRead(Path.Combine(packages.Feed, fileName));

    private static string[] Entries(ZipArchive package) => [.. package.Entries.Select(e => e.FullName)];

    private static XElement Nuspec(ZipArchive package, string id)
    {
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        var document = XDocument.Load(stream);
        return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
    }
}
