using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MedCoding.Samples.WebApi;

/// <summary>
/// The web sample's limits (<see cref="ServiceOptions"/>): Kestrel's request body size, a request timeout and a fixed
/// window rate limit per client address, each answered with problem details (413, 504, 429).
/// </summary>
internal static class ServiceLimits
{
    public static WebApplicationBuilder AddServiceLimits(this WebApplicationBuilder builder)
    {
        var options = new ServiceOptions();
        builder.Configuration.GetSection("Service").Bind(options);
        if (options.MaxRequestBodyBytes <= 0 || options.RequestTimeoutSeconds <= 0 || options.RateLimit.PermitLimit <= 0 || options.RateLimit.WindowSeconds <= 0)
        {
            throw new InvalidOperationException("Service: MaxRequestBodyBytes, RequestTimeoutSeconds, RateLimit:PermitLimit and RateLimit:WindowSeconds must be positive.");
        }

        builder.Services.AddSingleton(options);

        // Kestrel counts the bytes as it reads them: a chunked body over the limit is stopped there, not read whole.
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);

        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RateLimit.PermitLimit,
                        Window = TimeSpan.FromSeconds(options.RateLimit.WindowSeconds),
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await Results.Problem(
                    "Too many requests from this address; try again after the time in Retry-After.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Rate limit reached").ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    /// <summary>Adds the middleware in order: the rate limiter first (a rejected request costs nothing), then the request timeout.</summary>
    public static WebApplication UseServiceLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        return app;
    }
}
