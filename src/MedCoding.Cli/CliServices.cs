using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli;

/// <summary>
/// Builds the tool's services with <c>AddMedCoding</c>, the SDK's one composition root, so that the tool and an
/// application that embeds the SDK compose the same services from the same options.
/// </summary>
internal static class CliServices
{
    /// <summary>Returns the services over the embedded data plus what the command line adds; each is created on first use.</summary>
    /// <param name="configure">Sets the options from the command line.</param>
    /// <returns>The provider; the caller disposes it.</returns>
    public static ServiceProvider Build(Action<MedCodingOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddMedCoding(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = false });
    }
}
