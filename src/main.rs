fn main() {
    console_error_panic_hook::set_once();
    gongzhi::platform::register_service_worker();
    leptos::mount::mount_to_body(gongzhi::App);
}
