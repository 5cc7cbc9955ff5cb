using MedCoding.Audit;
using MedCoding.ClaimEdits;
using MedCoding.Encoder;

namespace MedCoding.Samples.WebApi;

/// <summary>
/// Loads the services the endpoints use before the sample listens, as a service behind a load balancer would: the first
/// request is then as fast as the next, and no request spends its timeout waiting for data to load.
/// </summary>
internal static class WarmUp
{
    public static WebApplication WarmUpServices(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<CodeLookups>();
        _ = app.Services.GetRequiredService<ClaimEditor>();
        _ = app.Services.GetRequiredService<CodeSearch>();
        _ = app.Services.GetRequiredService<CodingAuditor>();
        _ = app.Services.GetRequiredService<DrgWhatIf>();
        return app;
    }
}
