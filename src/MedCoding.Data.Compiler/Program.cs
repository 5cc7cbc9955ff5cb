using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.IO;

namespace MedCoding.Data.Compiler;

/// <summary>
/// <c>MedCoding.Data.Compiler --data DIR --out DIR RELEASE...</c>: compiles each release folder
/// (relative to the data folder, e.g. <c>icd10cm/2026</c>) into <c>icd10cm-{version}.mcd</c>, reads every
/// output back and checks it equals the release built from the official files (as NodaTime's update
/// script re-reads and validates its output), and writes <c>releases.txt</c>, the manifest the data package reads.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            var (data, output, folders) = ParseArguments(args);
            Directory.CreateDirectory(output);
            var manifest = new List<string>();
            foreach (var folder in folders)
            {
                var watch = Stopwatch.StartNew();
                var release = Icd10CmRelease.LoadFolder(Path.Combine(data, folder));
                var fileName = $"icd10cm-{release.Release.Version}.mcd";
                var path = Path.Combine(output, fileName);
                using (var buffer = new MemoryStream())
                {
                    release.WriteTo(buffer);
                    buffer.Position = 0;
                    var reloaded = Icd10CmRelease.FromStream(buffer);
                    if (Icd10CmReleaseComparer.FindDifference(release, reloaded) is { } difference)
                    {
                        Console.Error.WriteLine($"MedCoding.Data.Compiler: error: {fileName} does not read back as written: {difference}");
                        return 1;
                    }

                    // Write only when the bytes change, so that an unchanged release does not rebuild the package.
                    var bytes = buffer.ToArray();
                    if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
                    {
                        File.WriteAllBytes(path, bytes);
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"MedCoding.Data.Compiler: {release} -> {fileName} ({bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}, {watch.ElapsedMilliseconds} ms)"));
                }

                var r = release.Release;
                manifest.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}\t{r.Version}\t{r.EffectiveFrom:yyyy-MM-dd}\t{r.EffectiveThrough:yyyy-MM-dd}\t{r.Name}"));
            }

            File.WriteAllLines(Path.Combine(output, "releases.txt"), manifest);
            return 0;
        }
        catch (Exception e) when (e is DataFileException or ArgumentException or IOException)
        {
            Console.Error.WriteLine($"MedCoding.Data.Compiler: error: {e.Message}");
            return 1;
        }
    }

    private static (string Data, string Output, List<string> Folders) ParseArguments(string[] args)
    {
        string? data = null;
        string? output = null;
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    folders.Add(args[i]);
                    break;
            }
        }

        return data is null || output is null || folders.Count == 0
            ? throw new ArgumentException("usage: MedCoding.Data.Compiler --data DIR --out DIR RELEASE-FOLDER...")
            : (data, output, folders);
    }
}
