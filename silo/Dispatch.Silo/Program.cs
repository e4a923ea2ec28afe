using Dispatch.Domain.County;
using Dispatch.Grains.Hosting;
using Dispatch.Hosting;
using Dispatch.Live;
using Dispatch.Silo;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);
builder.AddDispatchLogging("silo");

// Silos need the county's reference data but never its accounts.
var countyFile = builder.Configuration["Dispatch:County:File"];
var county = new CountyDirectory(countyFile is { Length: > 0 } ? CountyFile.Load(countyFile) : DemoCounty.Generate(demoPasswordHash: null));
builder.Services.AddSingleton(county);

var cluster = ClusterSettings.From(builder.Configuration);
var redisOptions = ConfigurationOptions.Parse(cluster.RequireRedis());
redisOptions.AbortOnConnectFail = false;
var redis = ConnectionMultiplexer.Connect(redisOptions);
builder.Services.AddSingleton<IConnectionMultiplexer>(redis);
// The silo's feeds publish batches into the SignalR Redis backplane; the gateways deliver them to consoles.
builder.Services.AddDispatchSignalR(redis);
builder.Services.AddHealthChecks()
    .AddReadyCheck<SiloHealthCheck>("orleans")
    .AddReadyCheck<RedisHealthCheck>("redis");
builder.UseOrleans(silo => silo.UseDispatchCluster(builder.Configuration));

var app = builder.Build();
app.MapDispatchHealth();
app.Logger.LogInformation("Dispatch silo starting: silo port {SiloPort}, gateway port {GatewayPort}, county {County}",
    cluster.SiloPort, cluster.GatewayPort, county.Data.Name);
app.Run();
