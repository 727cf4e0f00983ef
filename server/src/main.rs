//! `lectern-server`: reads its environment, loads dist/, logs one line with its address, serves.

use std::process::ExitCode;

use lectern_server::Config;

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("lectern-server: {error}");
            return ExitCode::FAILURE;
        }
    };
    let address = config.address.clone();
    let router = match lectern_server::app(config) {
        Ok(router) => router,
        Err(error) => {
            eprintln!("lectern-server: {error}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(&address).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("lectern-server: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let shown = listener.local_addr().map_or(address, |bound| bound.to_string());
    println!("Lectern is being served at http://{shown}/ (with its feed relay at /relay)");
    match lectern_server::serve(listener, router).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lectern-server: {error}");
            ExitCode::FAILURE
        }
    }
}
