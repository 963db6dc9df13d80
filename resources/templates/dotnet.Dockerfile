# A .NET web service: the SDK publishes the application, the runtime image has only the
# ASP.NET Core runtime.
# Build the image: docker build -t app .
# Debug:           docker build --target debugging -t app-debug . (attach with vsdbg)

# stagecraft: role=dev
# dev has the .NET SDK, restores the packages and publishes a Release build
FROM mcr.microsoft.com/dotnet/sdk:9.0 AS dev
WORKDIR /src
COPY *.csproj ./
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /out --no-restore

# stagecraft: role=debugging
# debugging adds the vsdbg debugger and a Debug build
FROM dev AS debugging
RUN curl -sSL https://aka.ms/getvsdbgsh | bash /dev/stdin -v latest -l /vsdbg
RUN dotnet publish -c Debug -o /out-debug --no-restore
WORKDIR /out-debug
ENTRYPOINT ["dotnet", "App.dll"]

# stagecraft: role=runtime
# runtime has only the ASP.NET Core runtime and the published files, run as the app user
FROM mcr.microsoft.com/dotnet/aspnet:9.0-alpine AS runtime
WORKDIR /app
COPY --from=dev /out .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "App.dll"]
